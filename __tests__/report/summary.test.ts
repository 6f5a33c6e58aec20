import { describe, expect, it } from '@jest/globals';
import type { FailOn, Summary } from '../../src/model.js';
import { exceedsFailOn, sortFindings, summarize } from '../../src/report/summary.js';
import { makeFinding } from './report-fixture.js';

describe('summarize', () => {
  it('counts findings per severity', () => {
    const findings = [
      makeFinding({ ruleId: 'a', severity: 'error' }),
      makeFinding({ ruleId: 'b', severity: 'error' }),
      makeFinding({ ruleId: 'c', severity: 'notice' }),
    ];
    expect(summarize(findings)).toEqual({ error: 2, warning: 0, notice: 1 });
    expect(summarize([])).toEqual({ error: 0, warning: 0, notice: 0 });
  });
});

describe('exceedsFailOn', () => {
  const none: Summary = { error: 0, warning: 0, notice: 0 };
  const errors: Summary = { error: 1, warning: 0, notice: 0 };
  const warnings: Summary = { error: 0, warning: 2, notice: 0 };
  const notices: Summary = { error: 0, warning: 0, notice: 3 };
  const cases: [Summary, FailOn, boolean][] = [
    [none, 'error', false],
    [none, 'warning', false],
    [none, 'notice', false],
    [none, 'never', false],
    [errors, 'error', true],
    [errors, 'warning', true],
    [errors, 'notice', true],
    [errors, 'never', false],
    [warnings, 'error', false],
    [warnings, 'warning', true],
    [warnings, 'notice', true],
    [warnings, 'never', false],
    [notices, 'error', false],
    [notices, 'warning', false],
    [notices, 'notice', true],
    [notices, 'never', false],
  ];
  it.each(cases)('%j with failOn %s -> %s', (summary, failOn, expected) => {
    expect(exceedsFailOn(summary, failOn)).toBe(expected);
  });
});

describe('sortFindings', () => {
  it('orders by file, line, rule id and fingerprint without changing its input', () => {
    const findings = [
      makeFinding({ ruleId: 'b', severity: 'error', file: 'b.yaml', line: 1 }),
      makeFinding({ ruleId: 'b', severity: 'error', file: 'a.yaml', line: 10, fingerprint: '2' }),
      makeFinding({ ruleId: 'b', severity: 'error', file: 'a.yaml', line: 10, fingerprint: '1' }),
      makeFinding({ ruleId: 'a', severity: 'error', file: 'a.yaml', line: 10 }),
      makeFinding({ ruleId: 'z', severity: 'error', file: 'a.yaml', line: 2 }),
    ];
    const copy = [...findings];
    const sorted = sortFindings(findings);
    expect(findings).toEqual(copy);
    expect(sorted.map((f) => `${f.file}:${f.line}:${f.ruleId}:${f.fingerprint}`)).toEqual([
      'a.yaml:2:z:z-a.yaml-2',
      'a.yaml:10:a:a-a.yaml-10',
      'a.yaml:10:b:1',
      'a.yaml:10:b:2',
      'b.yaml:1:b:b-b.yaml-1',
    ]);
  });
});
