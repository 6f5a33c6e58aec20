import type { FileResourceChanges, Finding, Report, ResourceChange, Severity } from '../model.js';
import { SEVERITY_RANK, compareStrings, sortFindings } from './summary.js';
import { formatChangeRef, formatValue, plural } from './text.js';
import { describeResource } from '../parse/resource-key.js';
import { displayFields } from './fields.js';

export interface MarkdownOptions {
  /** Hard limit on the length of the result (GitHub comments allow 65536 characters). */
  maxLength?: number;
  title?: string;
  /** Lines shown under the verdict, as a quote (what was posted inline, a read-only notice). */
  notes?: readonly string[];
  /** Where the full report can be read; linked from the note that says what was left out. */
  fullReportUrl?: string;
  /** A limit in UTF-8 bytes as well (the job summary's 1 MiB); emoji and non-ASCII names count more. */
  maxBytes?: number;
}

export const DEFAULT_MARKDOWN_MAX_LENGTH = 65000;
/** A CRD schema change can touch hundreds of fields; past this the comment shows a count. */
const MAX_FIELDS_PER_RESOURCE = 100;

const ICON: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

interface FileBlock {
  fileChanges: FileResourceChanges;
  /** One entry per changed resource: its lines in the diff fence. */
  chunks: string[];
  findings: number;
}

interface Rendered {
  text: string;
  omittedFindings: number;
  omittedChanges: number;
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  let maxLength = opts.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
  for (;;) {
    const text = renderWithin(report, opts, maxLength);
    const bytes = opts.maxBytes === undefined ? 0 : Buffer.byteLength(text, 'utf8');
    if (opts.maxBytes === undefined || bytes <= opts.maxBytes || maxLength <= 0) return text;
    // Shrink in proportion, a little more each time, until the bytes fit.
    maxLength = Math.max(0, Math.min(maxLength - 1, Math.floor((maxLength * opts.maxBytes) / bytes) - 16));
  }
}

function renderWithin(report: Report, opts: MarkdownOptions, maxLength: number): string {
  const title = opts.title ?? 'kube-pr-review';
  const rows = tableOrder(report.findings).map(findingRow);
  const blocks = fileBlocks(report);

  const head = header(report, title, opts.notes ?? []);
  const full = render(head, rows, blocks, Infinity);
  if (full.text.trimEnd().length <= maxLength) return full.text.trimEnd();

  // The omitted counts can only be smaller than the totals, so this note is the longest one needed.
  const totalChanges = blocks.reduce((sum, block) => sum + block.chunks.length, 0);
  const note = (findings: number, changes: number) => omissionNote(findings, changes, opts.fullReportUrl);
  const reserve = note(rows.length, totalChanges).length;
  const cut = render(head, rows, blocks, maxLength - reserve);
  const text = (cut.text + note(cut.omittedFindings, cut.omittedChanges)).trimEnd();
  // Only reachable when maxLength is too small for even the header; nothing is open at this point.
  return text.length <= maxLength ? text : text.slice(0, maxLength);
}

/** Adds sections while they fit in `budget`, cutting only between table rows, resources and files. */
function render(head: string, rows: string[], blocks: FileBlock[], budget: number): Rendered {
  let text = head;
  const fits = (extra: number): boolean => text.length + extra <= budget;

  let shownRows = 0;
  if (rows.length > 0) {
    const tableHead =
      '| Severity | Location | Resource | Rule | Message |\n| --- | --- | --- | --- | --- |\n';
    const firstRow = rows[0] ?? '';
    if (fits(tableHead.length + firstRow.length + 1)) {
      text += tableHead;
      for (const row of rows) {
        if (!fits(row.length + 1)) break;
        text += row;
        shownRows++;
      }
      text += '\n';
    }
  }

  let shownChanges = 0;
  const sectionHead = '#### Resource changes\n\n';
  let sectionStarted = false;
  for (const block of blocks) {
    const open = detailsOpen(block);
    const close = '```\n\n</details>\n\n';
    const fixed = open.length + close.length + (sectionStarted ? 0 : sectionHead.length);
    let body = '';
    let shownHere = 0;
    for (const chunk of block.chunks) {
      if (!fits(fixed + body.length + chunk.length)) break;
      body += chunk;
      shownHere++;
    }
    if (shownHere === 0) break;
    if (!sectionStarted) text += sectionHead;
    sectionStarted = true;
    text += open + body + close;
    shownChanges += shownHere;
    if (shownHere < block.chunks.length) break;
  }

  const totalChanges = blocks.reduce((sum, block) => sum + block.chunks.length, 0);
  return {
    text,
    omittedFindings: rows.length - shownRows,
    omittedChanges: totalChanges - shownChanges,
  };
}

function header(report: Report, title: string, notes: readonly string[]): string {
  const { error, warning, notice } = report.summary;
  const counts = [
    error > 0 ? plural(error, 'error') : '',
    warning > 0 ? plural(warning, 'warning') : '',
    notice > 0 ? plural(notice, 'notice') : '',
  ].filter((part) => part !== '');
  const icon = error > 0 ? ICON.error : warning > 0 ? ICON.warning : notice > 0 ? ICON.notice : '✅';
  const verdict = `### ${icon} ${title}: ${counts.length > 0 ? counts.join(', ') : 'no findings'}`;

  const facts = [`Kubernetes ${report.kubernetesVersion}, upgrade target ${report.upgradeVersion}`];
  if (report.mode === 'review') {
    const changed = report.changes.filter((file) => file.resources.some((r) => r.type !== 'unchanged'));
    const resources = changed.reduce(
      (sum, file) => sum + file.resources.filter((r) => r.type !== 'unchanged').length,
      0,
    );
    facts.push(`${plural(resources, 'resource')} changed in ${plural(changed.length, 'file')}`);
    if (report.base && report.head) facts.push(`\`${short(report.base)}...${short(report.head)}\``);
  } else {
    facts.push(
      `audit of ${plural(report.stats.resources, 'resource')} in ${plural(report.stats.filesRead, 'file')}`,
    );
  }
  const quoted = notes.map((note) => `> ${note.replace(/\r?\n|\r/g, ' ')}\n`).join('>\n');
  return `${verdict}\n\n${facts.join(' · ')}\n\n${quoted ? `${quoted}\n` : ''}`;
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

/** Most severe first, so a cut drops notices before errors. */
function tableOrder(findings: readonly Finding[]): Finding[] {
  return sortFindings(findings).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

function findingRow(finding: Finding): string {
  const cells = [
    `${ICON[finding.severity]} ${finding.severity}`,
    escapeCell(`${finding.file}:${finding.line}`),
    finding.resource ? escapeCell(describeResource(finding.resource)) : '',
    `[${escapeCell(finding.ruleId)}](${escapeUrl(finding.helpUri)})`,
    escapeCell(finding.message),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, '<br>');
}

/** Characters that would end the link or the table cell. */
function escapeUrl(url: string): string {
  return url.replace(/[|\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fileBlocks(report: Report): FileBlock[] {
  const findingsPerFile = new Map<string, number>();
  for (const finding of report.findings) {
    findingsPerFile.set(finding.file, (findingsPerFile.get(finding.file) ?? 0) + 1);
  }
  return [...report.changes]
    .sort((a, b) => compareStrings(a.file, b.file))
    .map((fileChanges) => ({
      fileChanges,
      chunks: fileChanges.resources.filter((change) => change.type !== 'unchanged').map(diffChunk),
      findings: findingsPerFile.get(fileChanges.file) ?? 0,
    }))
    .filter((block) => block.chunks.length > 0);
}

function detailsOpen(block: FileBlock): string {
  const { file, status, target } = block.fileChanges;
  const details = [plural(block.chunks.length, 'resource') + ' changed'];
  if (block.findings > 0 && !target) details.push(plural(block.findings, 'finding'));
  // A rendered release or overlay: its name first, then the file that declares it.
  const title = target
    ? `${escapeHtml(target)} (rendered, ${status}) from <code>${escapeHtml(file)}</code>`
    : `<code>${escapeHtml(file)}</code> (${status})`;
  return `<details><summary>${title}: ${details.join(', ')}</summary>\n\n\`\`\`diff\n`;
}

function diffChunk(change: ResourceChange): string {
  const label = formatChangeRef(change);
  const lines: string[] = [];
  if (change.type === 'added') lines.push(`+ ${label} (added)`);
  else if (change.type === 'removed') lines.push(`- ${label} (removed)`);
  else {
    lines.push(`@@ ${label} (modified) @@`);
    const shown = displayFields(change);
    for (const field of shown.fields.slice(0, MAX_FIELDS_PER_RESOURCE)) {
      if (field.type !== 'added') lines.push(`- ${field.path}: ${formatValue(field.before)}`);
      if (field.type !== 'removed') lines.push(`+ ${field.path}: ${formatValue(field.after)}`);
    }
    const hidden = shown.fields.length - MAX_FIELDS_PER_RESOURCE;
    if (hidden > 0) lines.push(`  … ${plural(hidden, 'more field')}`);
    for (const note of shown.notes) lines.push(`  ${note}`);
  }
  // Every line starts with a diff marker, and newlines are escaped, so nothing can close the fence early.
  return lines.map((line) => `${line.replace(/\r?\n|\r/g, '\\n')}\n`).join('');
}

function omissionNote(findings: number, changes: number, fullReportUrl?: string): string {
  const parts: string[] = [];
  if (findings > 0) parts.push(plural(findings, 'finding'));
  if (changes > 0) parts.push(plural(changes, 'resource change'));
  const what = parts.length > 0 ? parts.join(' and ') : 'Some content';
  const verb = findings + changes === 1 ? 'was' : 'were';
  const where = fullReportUrl
    ? `the job summary of the [kube-pr-review check](${fullReportUrl})`
    : 'the job summary';
  return `> [!NOTE]\n> ${what} ${verb} left out to stay within the size limit. The full report is in ${where} and the JSON report.\n`;
}
