import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_METAS, RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers/run-dist.js';

/** The README's rules table row for a rule: kept in sync by this test. */
export function readmeRow(meta: (typeof RULE_METAS)[number]): string {
  return `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.defaultSeverity} | ${meta.category} | ${meta.description} |`;
}

describe('the rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = RULE_METAS.map((meta) => meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('documents every rule, and only registered rules', () => {
    for (const meta of RULE_METAS) {
      const page = join(ROOT, 'docs', 'rules', `${meta.id}.md`);
      expect({ id: meta.id, exists: existsSync(page) }).toEqual({ id: meta.id, exists: true });
      const text = readFileSync(page, 'utf8');
      expect(text).toMatch(new RegExp(`^# ${meta.id}\\b`));
      expect(text).toMatch(/suppress|ignore/i);
    }
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).map((name) => name.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(RULE_METAS.map((meta) => meta.id).sort());
  });

  it('lists every rule in the README rules table', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows).toEqual(RULE_METAS.map(readmeRow));
  });

  it('has fixtures that must fire and must not fire for every resource rule', () => {
    for (const rule of RULES) {
      const dir = join(ROOT, '__tests__', 'fixtures', 'rules', rule.meta.id);
      expect({ id: rule.meta.id, fixtures: existsSync(dir) }).toEqual({ id: rule.meta.id, fixtures: true });
      const texts = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
      expect(texts.some((text) => text.includes(`# expect: ${rule.meta.id}`))).toBe(true);
    }
  });
});
