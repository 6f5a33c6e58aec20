import { staticLookup } from '../../src/collect/repo-lookup.js';
import { readdirSync, readFileSync } from 'node:fs';
import type { LineFix, Resource, Severity } from '../../src/model.js';
import { parseManifestFile } from '../../src/parse/parse.js';
import { contextFor } from '../rules/rule-fixture.js';
import type { Rule } from '../../src/rules/types.js';

// Runs an async rule over a YAML text as the engine would, with the repo lookups seeing every object of
// the text (and of `others`). Fixture markers are rule-fixture.ts's: `# expect: <rule-id> [severity]`.

const FIXTURE_ROOT = new URL('../fixtures/rules/', import.meta.url);
const MARKER = /#\s*expect:\s*([a-z0-9-]+)(?:\s+(error|warning|notice))?/;

export interface Found {
  line: number;
  severity: Severity;
  message: string;
  key?: string;
  fix?: LineFix;
  resource: Resource;
}

export function parse(file: string, text: string): Resource[] {
  const parsed = parseManifestFile(file, text);
  if (parsed.problems.length > 0) throw new Error(`${file}: ${parsed.problems[0]?.message}`);
  return parsed.resources;
}

export async function runAsyncRule(
  rule: Rule,
  text: string,
  others: readonly Resource[] = [],
  file = 'app.yaml',
): Promise<Found[]> {
  const resources = parse(file, text);
  const all = [...resources, ...others];
  const context = { ...contextFor('1.33'), repo: staticLookup(all) };
  const found: Found[] = [];
  for (const resource of resources) {
    await rule.check(resource, context, (report) =>
      found.push({
        line: report.path ? resource.lineOf(report.path) : resource.line,
        severity: report.severity ?? rule.meta.defaultSeverity,
        message: report.message,
        ...(report.key !== undefined ? { key: report.key } : {}),
        ...(report.fix ? { fix: report.fix } : {}),
        resource,
      }),
    );
  }
  return found;
}

export function fixtureNames(ruleId: string): string[] {
  return readdirSync(new URL(`${ruleId}/`, FIXTURE_ROOT))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

export async function checkAsyncFixture(
  rule: Rule,
  name: string,
): Promise<{ expected: string[]; actual: string[] }> {
  const text = readFileSync(new URL(`${rule.meta.id}/${name}`, FIXTURE_ROOT), 'utf8');
  const expected: string[] = [];
  text.split('\n').forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (marker?.[1] === rule.meta.id) expected.push(`${index + 1} ${marker[2] ?? rule.meta.defaultSeverity}`);
  });
  const found = await runAsyncRule(rule, text, [], `fixtures/${name}`);
  return { expected: expected.sort(), actual: found.map((f) => `${f.line} ${f.severity}`).sort() };
}
