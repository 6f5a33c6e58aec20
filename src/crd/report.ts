// crd-diff output: text grouped by CRD, markdown, and the JSON contract.
import type { CompareResult, CrdChange, CrdComparison } from './compare.js';
import { CHANGE_CLASSES, worstClass } from './compare.js';
import type { ChangeClass } from './compare.js';
import { changeAdvice, countsText, UPGRADE_ADVICE } from './upgrade.js';
import { escapeCell } from '../report/markdown.js';

export interface CrdDiffJson {
  version: 1;
  changes: {
    crd: string;
    version: string;
    path: string;
    change: string;
    class: ChangeClass;
    message: string;
  }[];
  summary: Record<ChangeClass, number>;
}

export function renderCrdDiffJson(result: CompareResult): CrdDiffJson {
  return {
    version: 1,
    changes: result.changes.map((change) => ({
      crd: change.crd,
      version: change.version,
      path: change.path,
      change: change.change,
      class: change.class,
      message: change.message,
    })),
    summary: { ...result.summary },
  };
}

export interface DiffLabels {
  old: string;
  new: string;
}

/** A line of output: one change, or several description changes folded into one. */
interface Row {
  class: ChangeClass;
  version: string;
  path: string;
  change: string;
  message: string;
}

/** Description changes are many and harmless: one row per CRD version (JSON keeps them all). */
function rows(changes: readonly CrdChange[]): Row[] {
  const out: Row[] = [];
  const folded = new Map<string, CrdChange[]>();
  for (const change of changes) {
    if (change.change !== 'description-changed') {
      out.push(change);
      continue;
    }
    const list = folded.get(change.version) ?? [];
    list.push(change);
    folded.set(change.version, list);
  }
  for (const [version, list] of folded) {
    if (list.length === 1) out.push(list[0]!);
    else
      out.push({
        class: 'safe',
        version,
        path: '',
        change: 'description-changed',
        message: `descriptions changed at ${list.length} places (${list
          .slice(0, 3)
          .map((change) => change.path || 'the version')
          .join(', ')}${list.length > 3 ? ', …' : ''})`,
      });
  }
  return out;
}

const ANSI: Readonly<Record<ChangeClass, string>> = {
  breaking: '\x1b[31m',
  risky: '\x1b[33m',
  safe: '\x1b[36m',
};
const RESET = '\x1b[0m';
const CLASS_WIDTH = 'breaking'.length;

function verdict(result: CompareResult): string {
  const worst = worstClass(result.changes);
  const crds = `${result.crds.length} CRD${result.crds.length === 1 ? '' : 's'} compared`;
  if (!worst) return `No CRD difference (${crds}). ${UPGRADE_ADVICE.none}`;
  return [
    `${crds}: ${countsText(result.summary)}.`,
    UPGRADE_ADVICE[worst],
    ...changeAdvice(result.changes),
  ].join(' ');
}

function crdHeading(comparison: CrdComparison): string {
  const counts = CHANGE_CLASSES.map((changeClass) => ({
    changeClass,
    count: comparison.changes.filter((change) => change.class === changeClass).length,
  }));
  return `${comparison.crd}: ${counts.map(({ changeClass, count }) => `${count} ${changeClass}`).join(', ')}`;
}

export function renderCrdDiffText(result: CompareResult, labels: DiffLabels, color: boolean): string {
  const blocks: string[] = [`CRD changes from ${labels.old} to ${labels.new}`];
  const same = result.crds
    .filter((comparison) => comparison.changes.length === 0)
    .map((comparison) => comparison.crd);
  for (const comparison of result.crds) {
    if (comparison.changes.length === 0) continue;
    const lines = [crdHeading(comparison)];
    for (const row of rows(comparison.changes)) {
      const padded = row.class.padEnd(CLASS_WIDTH);
      const label = color
        ? `${ANSI[row.class]}${row.class}${RESET}${padded.slice(row.class.length)}`
        : padded;
      const where = [row.version, row.path].filter(Boolean).join(' ');
      lines.push(`  ${label}  ${where ? `${where}  ` : ''}${row.message}  [${row.change}]`);
    }
    blocks.push(lines.join('\n'));
  }
  if (same.length > 0) blocks.push(`No difference: ${same.join(', ')}`);
  blocks.push(verdict(result));
  return `${blocks.join('\n\n')}\n`;
}

function code(text: string): string {
  return text ? `\`${text.replace(/`/g, "'")}\`` : '';
}

export function renderCrdDiffMarkdown(result: CompareResult, labels: DiffLabels): string {
  const lines = [
    `### CRD changes: ${escapeCell(labels.old)} → ${escapeCell(labels.new)}`,
    '',
    verdict(result),
    '',
    '| CRD | breaking | risky | safe |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const comparison of result.crds) {
    const count = (changeClass: ChangeClass) =>
      comparison.changes.filter((change) => change.class === changeClass).length;
    lines.push(`| ${code(comparison.crd)} | ${count('breaking')} | ${count('risky')} | ${count('safe')} |`);
  }
  for (const comparison of result.crds) {
    if (comparison.changes.length === 0) continue;
    lines.push(
      '',
      `#### ${escapeCell(comparison.crd)}`,
      '',
      '| class | version | field | change | details |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const row of rows(comparison.changes)) {
      lines.push(
        `| ${row.class} | ${escapeCell(row.version)} | ${code(row.path)} | ${code(row.change)} | ${escapeCell(row.message)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
