import { describe, expect, it } from '@jest/globals';
import { sarifValidator as validator } from '../helpers/sarif-schema.js';
import type { RuleMeta } from '../../src/rules/types.js';
import { FINGERPRINT_KEY, renderSarif } from '../../src/report/sarif.js';
import { makeFinding, makeLargeReport, makeReport } from './report-fixture.js';

const RULES: RuleMeta[] = [
  {
    id: 'deprecated-api',
    description: 'API version is deprecated or removed',
    category: 'deprecation',
    defaultSeverity: 'error',
  },
  {
    id: 'missing-resources',
    description: 'Containers without resource requests',
    category: 'resources',
    defaultSeverity: 'warning',
  },
  {
    id: 'crd-version-removed',
    description: 'A served CRD version was removed',
    category: 'crd',
    defaultSeverity: 'warning',
  },
];
const OPTS = { toolVersion: '0.1.0', informationUri: 'https://github.com/example/kube-pr-review' };

describe('renderSarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = validator();
    const log = renderSarif(makeReport(), RULES, OPTS);
    expect(validate(log)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('has a validator that rejects invalid logs', () => {
    const validate = validator();
    const log = renderSarif(makeReport(), RULES, OPTS);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    const first = broken.runs[0]?.results[0];
    if (first) first.level = 'notice';
    expect(validate(broken)).toBe(false);
  });

  it('validates for a large report', () => {
    const validate = validator();
    expect(validate(renderSarif(makeLargeReport(), RULES, OPTS))).toBe(true);
  });

  it('maps findings to results with rule indexes, levels, locations and fingerprints', () => {
    const log = renderSarif(makeReport(), RULES, OPTS);
    const run = log.runs[0];
    expect(run?.tool.driver.name).toBe('kube-pr-review');
    expect(run?.automationDetails?.id).toBe('kube-pr-review/');
    const rules = run?.tool.driver.rules ?? [];
    const results = run?.results ?? [];
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
      expect(result.partialFingerprints?.[FINGERPRINT_KEY]).toBeTruthy();
    }
    const byRule = new Map(results.map((result) => [result.ruleId, result]));
    expect(byRule.get('deprecated-api')?.level).toBe('error');
    expect(byRule.get('missing-resources')?.level).toBe('warning');
    expect(byRule.get('crd-version-removed')?.level).toBe('note');
    expect(byRule.get('deprecated-api')?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 12,
      endLine: 14,
    });
    expect(rules[0]).toMatchObject({
      id: 'deprecated-api',
      shortDescription: { text: 'API version is deprecated or removed' },
      helpUri: 'https://example.com/docs/rules/deprecated-api.md',
      defaultConfiguration: { level: 'error' },
    });
  });

  it('tags each rule with kubernetes and its category, so code scanning files security rules as such', () => {
    const log = renderSarif(
      makeReport(),
      [...RULES, { ...RULES[1]!, id: 'rbac-wildcard', category: 'security' }],
      OPTS,
    );
    const tags = new Map(log.runs[0]?.tool.driver.rules?.map((rule) => [rule.id, rule.properties?.tags]));
    expect(tags.get('deprecated-api')).toEqual(['kubernetes', 'deprecation']);
    expect(tags.get('rbac-wildcard')).toEqual(['kubernetes', 'security']);
    expect(tags.get('crd-version-removed')).toEqual(['kubernetes', 'crd']);
  });

  it('builds helpUri from helpBaseUri and adds descriptors for unlisted rules', () => {
    const report = makeReport({
      findings: [
        makeFinding({ ruleId: 'parse-error', severity: 'error', file: 'dir with space/a#b.yaml', line: 0 }),
      ],
    });
    const log = renderSarif(report, RULES, { ...OPTS, helpBaseUri: 'https://example.com/rules' });
    expect(validator()(log)).toBe(true);
    const run = log.runs[0];
    expect(run?.tool.driver.rules?.[0]?.helpUri).toBe('https://example.com/rules/deprecated-api.md');
    expect(run?.tool.driver.rules?.[3]?.id).toBe('parse-error');
    const result = run?.results?.[0];
    expect(result?.ruleIndex).toBe(3);
    expect(result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      'dir%20with%20space/a%23b.yaml',
    );
    expect(result?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(1);
  });

  it('is deterministic regardless of finding order', () => {
    const report = makeReport();
    const reversed = { ...report, findings: [...report.findings].reverse() };
    expect(JSON.stringify(renderSarif(reversed, RULES, OPTS))).toBe(
      JSON.stringify(renderSarif(report, RULES, OPTS)),
    );
  });
});
