import type {
  FileResourceChanges,
  Finding,
  Report,
  ResourceChange,
  ResourceRef,
  Severity,
} from '../model.js';
import { compareStrings, sortFindings } from './summary.js';
import { displayFields } from './fields.js';
import { describeResource } from '../parse/resource-key.js';

export interface TextOptions {
  color: boolean;
}

const ANSI: Readonly<Record<Severity, string>> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  notice: '\x1b[36m',
};
const ANSI_RESET = '\x1b[0m';
const SEVERITY_WIDTH = 'warning'.length;

export const VALUE_MAX_LENGTH = 120;

/** The resource's identity, from the head side when there is one. */
export function changeRef(change: ResourceChange): ResourceRef | undefined {
  return (change.head ?? change.base)?.ref;
}

/** `Kind namespace/name`, or `Kind name` for cluster-scoped resources. */

export function formatChangeRef(change: ResourceChange): string {
  const ref = changeRef(change);
  return ref ? describeResource(ref) : change.key;
}

/** A value as one line of compact JSON, cut at `max` characters. */
export function formatValue(value: unknown, max = VALUE_MAX_LENGTH): string {
  const text = value === undefined ? '(none)' : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 0 notices in 3 files (kubernetes 1.30, upgrade target 1.31)`. */
export function renderText(report: Report, opts: TextOptions): string {
  const findingsByFile = new Map<string, Finding[]>();
  for (const finding of sortFindings(report.findings)) {
    const list = findingsByFile.get(finding.file) ?? [];
    list.push(finding);
    findingsByFile.set(finding.file, list);
  }
  // A file can hold raw changes and declare rendered targets (an Application): one group each.
  const changesByFile = new Map<string, FileResourceChanges[]>();
  for (const fileChanges of report.changes) {
    if (fileChanges.resources.some((change) => change.type !== 'unchanged')) {
      changesByFile.set(fileChanges.file, [...(changesByFile.get(fileChanges.file) ?? []), fileChanges]);
    }
  }

  const files = [...new Set([...findingsByFile.keys(), ...changesByFile.keys()])].sort(compareStrings);
  const blocks: string[] = [];
  for (const file of files) {
    const findings = findingsByFile.get(file) ?? [];
    const groups = changesByFile.get(file) ?? [];
    // A file that only declares rendered targets (a Chart.yaml) may not have changed itself: no status then.
    const fileChanges = groups.find((group) => !group.target);
    const lines = [fileChanges ? `${file} (${fileChanges.status})` : file];
    const lineWidth = Math.max(0, ...findings.map((finding) => String(finding.line).length));
    for (const finding of findings) {
      const line = String(finding.line).padStart(lineWidth);
      const severity = colorSeverity(finding.severity, opts.color);
      lines.push(`  ${line}  ${severity}  ${finding.message}  [${finding.ruleId}]`);
    }
    for (const group of groups) {
      if (group.target) lines.push(`  rendered by ${group.target} (${group.status}):`);
      const indent = group.target ? '  ' : '';
      for (const change of group.resources) lines.push(...changeLines(change).map((line) => indent + line));
    }
    blocks.push(lines.join('\n'));
  }
  blocks.push(summaryLine(report, findingsByFile.size));
  return blocks.join('\n\n');
}

function colorSeverity(severity: Severity, color: boolean): string {
  const padded = severity.padEnd(SEVERITY_WIDTH);
  // Pad outside the escape codes so the columns line up in colour too.
  return color ? `${ANSI[severity]}${severity}${ANSI_RESET}${padded.slice(severity.length)}` : padded;
}

function changeLines(change: ResourceChange): string[] {
  const label = formatChangeRef(change);
  switch (change.type) {
    case 'unchanged':
      return [];
    case 'added':
      return [`  + ${label} (added)`];
    case 'removed':
      return [`  - ${label} (removed)`];
    case 'modified': {
      const shown = displayFields(change);
      return [
        `  ~ ${label} (modified)`,
        ...shown.fields.map(
          (field) => `    ${field.path}: ${formatValue(field.before)} -> ${formatValue(field.after)}`,
        ),
        ...shown.notes.map((note) => `    ${note}`),
      ];
    }
  }
}

function summaryLine(report: Report, filesWithFindings: number): string {
  const versions = `kubernetes ${report.kubernetesVersion}, upgrade target ${report.upgradeVersion}`;
  const { error, warning, notice } = report.summary;
  if (error + warning + notice === 0) return `No findings (${versions})`;
  const counts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].join(', ');
  return `${counts} in ${plural(filesWithFindings, 'file')} (${versions})`;
}
