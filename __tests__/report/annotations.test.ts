import { describe, expect, it } from '@jest/globals';
import type { Finding, Severity } from '../../src/model.js';
import { renderAnnotations } from '../../src/report/annotations.js';
import { makeFinding } from './report-fixture.js';

function findings(severity: Severity, count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    makeFinding({ ruleId: `rule-${severity}`, severity, file: 'a.yaml', line: i + 1 }),
  );
}

describe('renderAnnotations', () => {
  it('maps findings to annotations, errors first', () => {
    const input = [
      makeFinding({ ruleId: 'n', severity: 'notice', file: 'a.yaml', line: 1 }),
      makeFinding({ ruleId: 'w', severity: 'warning', file: 'a.yaml', line: 2 }),
      makeFinding({ ruleId: 'e', severity: 'error', file: 'b.yaml', line: 3, endLine: 5, message: 'bad' }),
    ];
    const annotations = renderAnnotations(input);
    expect(annotations.map((a) => a.level)).toEqual(['error', 'warning', 'notice']);
    expect(annotations[0]).toEqual({
      level: 'error',
      message: 'bad',
      title: 'e',
      file: 'b.yaml',
      startLine: 3,
      endLine: 5,
    });
  });

  it('keeps exactly perLevel annotations without a summary', () => {
    const annotations = renderAnnotations(findings('warning', 10));
    expect(annotations).toHaveLength(10);
    expect(annotations.every((a) => a.file === 'a.yaml')).toBe(true);
  });

  it('replaces the 10th annotation of an overflowing level with a summary', () => {
    const annotations = renderAnnotations([
      ...findings('notice', 3),
      ...findings('error', 25),
      ...findings('warning', 11),
    ]);
    const errors = annotations.filter((a) => a.level === 'error');
    const warnings = annotations.filter((a) => a.level === 'warning');
    const notices = annotations.filter((a) => a.level === 'notice');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(notices).toHaveLength(3);
    expect(errors[9]).toEqual({
      level: 'error',
      title: 'kube-pr-review',
      message: '16 more errors not shown: see the job summary',
    });
    expect(errors.slice(0, 9).map((a) => a.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(warnings[9]?.message).toBe('2 more warnings not shown: see the job summary');
    expect(annotations.map((a) => a.level)).toEqual([
      ...Array<string>(10).fill('error'),
      ...Array<string>(10).fill('warning'),
      ...Array<string>(3).fill('notice'),
    ]);
  });

  it('honours a custom perLevel', () => {
    const annotations = renderAnnotations(findings('notice', 5), { perLevel: 3 });
    expect(annotations).toHaveLength(3);
    expect(annotations[2]?.message).toBe('3 more notices not shown: see the job summary');
    expect(annotations[2]?.file).toBeUndefined();
  });
});
