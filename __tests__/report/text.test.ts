import { describe, expect, it } from '@jest/globals';
import { formatValue, renderText } from '../../src/report/text.js';
import { makeFinding, makeReport } from './report-fixture.js';

const ANSI = '\x1b[';

describe('renderText', () => {
  it('groups findings and changes by file, with a summary line', () => {
    const text = renderText(makeReport(), { color: false });
    expect(text).toBe(
      [
        'crds/widgets.yaml',
        '  3  notice   crd-version-removed problem  [crd-version-removed]',
        '',
        'deploy/old.yaml (deleted)',
        '  - ConfigMap default/old (removed)',
        '',
        'deploy/web.yaml (modified)',
        '  12  error    policy/v1beta1 PodDisruptionBudget was removed in 1.25 | use policy/v1  [deprecated-api]',
        '  20  warning  missing-resources problem  [missing-resources]',
        '  ~ Deployment default/web (modified)',
        '    spec.replicas: 2 -> 3',
        '    spec.template.spec.containers[0].image: "web:1.0" -> "web:1.1"',
        '    metadata.labels.tier: (none) -> "frontend"',
        '  + Service default/web (added)',
        '',
        '1 error, 1 warning, 1 notice in 2 files (kubernetes 1.30, upgrade target 1.31)',
      ].join('\n'),
    );
  });

  it('has no ANSI codes without colour', () => {
    expect(renderText(makeReport(), { color: false })).not.toContain(ANSI);
  });

  it('colours severities with ANSI codes when asked', () => {
    const text = renderText(makeReport(), { color: true });
    expect(text).toContain('\x1b[31merror\x1b[0m');
    expect(text).toContain('\x1b[33mwarning\x1b[0m');
    expect(text).toContain('\x1b[36mnotice\x1b[0m');
  });

  it('says so when there are no findings', () => {
    const text = renderText(makeReport({ findings: [], changes: [] }), { color: false });
    expect(text).toBe('No findings (kubernetes 1.30, upgrade target 1.31)');
  });

  it('counts plurals and files with findings', () => {
    const findings = [
      makeFinding({ ruleId: 'a', severity: 'error', file: 'a.yaml' }),
      makeFinding({ ruleId: 'b', severity: 'error', file: 'b.yaml' }),
    ];
    const text = renderText(makeReport({ findings, changes: [] }), { color: false });
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '2 errors, 0 warnings, 0 notices in 2 files (kubernetes 1.30, upgrade target 1.31)',
    );
  });
});

describe('formatValue', () => {
  it('shows compact JSON, cut at 120 characters', () => {
    expect(formatValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(formatValue('multi\nline')).toBe('"multi\\nline"');
    expect(formatValue(undefined)).toBe('(none)');
    expect(formatValue(null)).toBe('null');
    const long = formatValue('x'.repeat(500));
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});
