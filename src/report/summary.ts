import type { FailOn, Finding, Severity, Summary } from '../model.js';

/** Lower is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}

/** True when some finding is at or above `failOn` ('never' never fails). */
export function exceedsFailOn(summary: Summary, failOn: FailOn): boolean {
  switch (failOn) {
    case 'never':
      return false;
    case 'error':
      return summary.error > 0;
    case 'warning':
      return summary.error + summary.warning > 0;
    case 'notice':
      return summary.error + summary.warning + summary.notice > 0;
  }
}

/** Code-unit order, not locale order, so output is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By file, line, rule id and fingerprint. Returns a new array. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.fingerprint, b.fingerprint),
  );
}
