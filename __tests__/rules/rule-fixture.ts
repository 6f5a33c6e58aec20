import { staticLookup } from '../../src/collect/repo-lookup.js';
import { readdirSync, readFileSync } from 'node:fs';
import { parseKubeVersion } from '../../src/kube-version.js';
import type { KubeVersion } from '../../src/kube-version.js';
import type { LineFix, Resource, Severity } from '../../src/model.js';
import { parseManifestFile } from '../../src/parse/parse.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';

// Fixture format: a header comment `# kubernetes-version: X.Y, upgrade-version: X.Y` and, on each line a
// finding must point at, a marker `# expect: <rule-id> [severity]` (severity defaults to the rule's).

const FIXTURE_ROOT = new URL('../fixtures/rules/', import.meta.url);
const HEADER = /^#\s*kubernetes-version:\s*([\d.]+)(?:,\s*upgrade-version:\s*([\d.]+))?/m;
const MARKER = /#\s*expect:\s*([a-z0-9-]+)(?:\s+(error|warning|notice))?/;

export interface FoundFinding {
  line: number;
  severity: Severity;
  message: string;
  key?: string;
  fix?: LineFix;
  resource: Resource;
}

export function fixtureNames(ruleId: string): string[] {
  return readdirSync(new URL(`${ruleId}/`, FIXTURE_ROOT))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

export function contextFor(kubernetesVersion: string, upgradeVersion = kubernetesVersion): RuleContext {
  return {
    kubernetesVersion: version(kubernetesVersion),
    upgradeVersion: version(upgradeVersion),
    repo: staticLookup([]),
  };
}

/** Runs a synchronous rule over every resource of a YAML text, as the engine would (minus config and ignores). */
export function runRule(rule: Rule, file: string, text: string, context: RuleContext): FoundFinding[] {
  const parsed = parseManifestFile(file, text);
  if (parsed.problems.length > 0) throw new Error(`${file}: ${parsed.problems[0]?.message}`);
  const found: FoundFinding[] = [];
  for (const resource of parsed.resources) {
    rule.check(resource, context, (report) =>
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

/** Expected and actual findings of a fixture, as sorted `line severity` strings. */
export function checkFixture(rule: Rule, name: string): { expected: string[]; actual: string[] } {
  const text = readFileSync(new URL(`${rule.meta.id}/${name}`, FIXTURE_ROOT), 'utf8');
  const header = HEADER.exec(text);
  if (!header?.[1]) throw new Error(`${name}: missing '# kubernetes-version: X.Y' header`);
  const context = contextFor(header[1], header[2]);
  const expected: string[] = [];
  text.split('\n').forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (marker?.[1] === rule.meta.id) expected.push(`${index + 1} ${marker[2] ?? rule.meta.defaultSeverity}`);
  });
  const actual = runRule(rule, `fixtures/${name}`, text, context).map((f) => `${f.line} ${f.severity}`);
  return { expected: expected.sort(), actual: actual.sort() };
}

function version(text: string): KubeVersion {
  const parsed = parseKubeVersion(text);
  if (!parsed) throw new Error(`bad version ${text}`);
  return parsed;
}
