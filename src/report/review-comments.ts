import type { ChangedFile, Finding, Hunk, Severity } from '../model.js';
import { SEVERITY_RANK, sortFindings } from './summary.js';
import { describeResource } from '../parse/resource-key.js';

/** GitHub's limit on a comment body; review comments stay far below it. */
export const COMMENT_MAX_LENGTH = 65536;
/** Inline comments a pull request carries from us at most (earlier runs' comments count); the rest go to the summary. */
export const DEFAULT_MAX_INLINE_COMMENTS = 30;
export const DEFAULT_INSTANCE = 'default';

const ICON: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

// ---- hidden markers ----

/** `<!-- kube-pr-review:fp=<fingerprint> -->`: finds our comment for a finding on later runs. */
export function fingerprintMarker(fingerprint: string): string {
  return `<!-- kube-pr-review:fp=${markerValue(fingerprint)} -->`;
}

/** Added to inline comments of a non-default instance, so two configurations on one PR leave each other alone. */
export function instanceMarker(instance: string): string {
  return `<!-- kube-pr-review:instance=${markerValue(instance)} -->`;
}

/** The sticky summary comment of one instance: exactly one per pull request. */
export function stickyMarker(instance: string): string {
  return `<!-- kube-pr-review:sticky:${markerValue(instance)} -->`;
}

/** The body of the review that carries the inline comments. */
export function reviewMarker(instance: string): string {
  return `<!-- kube-pr-review:review:${markerValue(instance)} -->`;
}

/** Marker values never end the HTML comment or hold spaces. */
function markerValue(value: string): string {
  return /^[A-Za-z0-9._:/+=-]+$/.test(value) && !value.includes('--') ? value : encodeURIComponent(value);
}

/** The fingerprint in one of our inline comments of `instance`, or undefined for anything else. */
export function parseInlineMarker(body: string, instance: string): string | undefined {
  const fp = /<!-- kube-pr-review:fp=([^\s>]+) -->/.exec(body)?.[1];
  if (fp === undefined) return undefined;
  const owner = /<!-- kube-pr-review:instance=([^\s>]+) -->/.exec(body)?.[1] ?? DEFAULT_INSTANCE;
  return owner === markerValue(instance) ? fp : undefined;
}

// ---- where comments may go ----

/** The hunk that holds head-side `line`, if any: GitHub takes comments on every line inside a hunk. */
export function hunkAt(hunks: readonly Hunk[], line: number): Hunk | undefined {
  return hunks.find((hunk) => line >= hunk.newStart && line < hunk.newStart + hunk.newLines);
}

export interface DraftReviewComment {
  path: string;
  /** Head-side line (the last line of a range). */
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export interface PlannedComment {
  finding: Finding;
  draft: DraftReviewComment;
}

/** An inline comment of ours from an earlier run (authored by us, carrying our marker, not minimized). */
export interface ExistingInlineComment {
  nodeId: string;
  fingerprint: string;
  path: string;
  /** Null when GitHub marks the comment outdated (its line changed in a later push). */
  line: number | null;
}

export interface ReviewPlan {
  /** New inline comments to post, most severe first. */
  post: PlannedComment[];
  /** Findings that already have our comment on the same line: not posted again. */
  kept: Finding[];
  /** Findings on lines outside the diff (or in deleted files): summary only. */
  outsideDiff: Finding[];
  /** Findings on diff lines past the inline cap: summary only. */
  overCap: Finding[];
  /** Earlier comments whose finding is gone (or moved to a line another comment of ours points at). */
  outdated: ExistingInlineComment[];
  /** Earlier comments that repeat another comment of ours on the same line (two runs that raced). */
  duplicates: ExistingInlineComment[];
  /** Earlier comments of a finding that gets a new comment on another line: outdated once the new one is posted. */
  superseded: Map<string, ExistingInlineComment[]>;
}

export interface ReviewPlanOptions {
  maxComments?: number;
  instance?: string;
  /** The head file's lines (for the suggestion's indentation), when known. */
  headLines?: (path: string) => readonly string[] | undefined;
}

/** Decides which findings become inline comments: only on lines inside the diff hunks, never twice. */
export function planReview(
  findings: readonly Finding[],
  changedFiles: readonly ChangedFile[],
  existing: readonly ExistingInlineComment[],
  opts: ReviewPlanOptions = {},
): ReviewPlan {
  const maxComments = opts.maxComments ?? DEFAULT_MAX_INLINE_COMMENTS;
  const instance = opts.instance ?? DEFAULT_INSTANCE;
  const files = new Map(changedFiles.filter((file) => file.status !== 'deleted').map((f) => [f.path, f]));

  const existingByKey = new Map<string, ExistingInlineComment>();
  const detached: ExistingInlineComment[] = [];
  const duplicates: ExistingInlineComment[] = [];
  for (const comment of existing) {
    if (comment.line === null) {
      detached.push(comment);
      continue;
    }
    const key = placeKey(comment.fingerprint, comment.path, comment.line);
    if (existingByKey.has(key)) duplicates.push(comment);
    else existingByKey.set(key, comment);
  }

  const plan: ReviewPlan = {
    post: [],
    kept: [],
    outsideDiff: [],
    overCap: [],
    outdated: [],
    duplicates,
    superseded: new Map(),
  };
  const placed: { finding: Finding; draft: DraftReviewComment }[] = [];
  const usedKeys = new Set<string>();
  for (const finding of severityOrder(findings)) {
    const file = files.get(finding.file);
    const draft = file && place(finding, file, instance, opts.headLines?.(finding.file));
    if (!draft) {
      plan.outsideDiff.push(finding);
      continue;
    }
    const key = placeKey(finding.fingerprint, draft.path, draft.line);
    if (usedKeys.has(key)) {
      // The same finding twice on one line (a duplicated document): one comment says it.
      plan.kept.push(finding);
      continue;
    }
    usedKeys.add(key);
    placed.push({ finding, draft });
  }

  // Comments already on the PR count towards the cap, so re-runs never grow the thread count.
  const keptKeys = new Set<string>();
  for (const { finding, draft } of placed) {
    const key = placeKey(finding.fingerprint, draft.path, draft.line);
    if (existingByKey.has(key)) {
      keptKeys.add(key);
      plan.kept.push(finding);
    }
  }
  let budget = Math.max(0, maxComments - plan.kept.length);
  for (const item of placed) {
    const key = placeKey(item.finding.fingerprint, item.draft.path, item.draft.line);
    if (keptKeys.has(key)) continue;
    if (budget > 0) {
      plan.post.push(item);
      budget--;
    } else {
      plan.overCap.push(item.finding);
    }
  }

  const current = new Set(findings.map((finding) => finding.fingerprint));
  const keptFingerprints = new Set(plan.kept.map((finding) => finding.fingerprint));
  const posting = new Set(plan.post.map((item) => item.finding.fingerprint));
  const candidates = [
    ...[...existingByKey].filter(([key]) => !keptKeys.has(key)).map(([, comment]) => comment),
    ...detached,
  ];
  for (const comment of candidates) {
    if (!current.has(comment.fingerprint) || keptFingerprints.has(comment.fingerprint)) {
      // Gone, or the finding moved and another comment of ours already points at its new line.
      plan.outdated.push(comment);
    } else if (posting.has(comment.fingerprint)) {
      const list = plan.superseded.get(comment.fingerprint) ?? [];
      list.push(comment);
      plan.superseded.set(comment.fingerprint, list);
    }
  }
  return plan;
}

function placeKey(fingerprint: string, path: string, line: number): string {
  return `${fingerprint}\0${path}\0${line}`;
}

function severityOrder(findings: readonly Finding[]): Finding[] {
  return sortFindings(findings).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/**
 * A comment on the finding's line when it lies inside a hunk; a range up to `endLine` when that lies in the
 * same hunk. A finding with a one-line fix is commented on the fix's line, with a suggestion that applies it.
 */
function place(
  finding: Finding,
  file: ChangedFile,
  instance: string,
  lines: readonly string[] | undefined,
): DraftReviewComment | undefined {
  const fix = finding.fix;
  if (fix && hunkAt(file.hunks, fix.line)) {
    const original = lines?.[fix.line - 1];
    return {
      path: file.path,
      line: fix.line,
      side: 'RIGHT',
      body: renderReviewComment(finding, { instance, suggestion: suggestionLine(fix.replacement, original) }),
    };
  }
  const hunk = hunkAt(file.hunks, finding.line);
  if (!hunk) return undefined;
  const body = renderReviewComment(finding, { instance });
  const end = finding.endLine;
  if (end !== undefined && end > finding.line && hunkAt([hunk], end)) {
    return {
      path: file.path,
      start_line: finding.line,
      start_side: 'RIGHT',
      line: end,
      side: 'RIGHT',
      body,
    };
  }
  return { path: file.path, line: finding.line, side: 'RIGHT', body };
}

/**
 * The fix's replacement with the original line's indentation, and its trailing comment when the fix
 * rewrites the value of the same key (`apiVersion: batch/v1beta1  # legacy` keeps `# legacy`).
 */
export function suggestionLine(replacement: string, original: string | undefined): string {
  if (original === undefined) return replacement;
  const line = original.replace(/\r$/, '');
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  let text = replacement.replace(/^[ \t]*/, '');
  const key = /^([^\s:#'"]+):\s/.exec(text)?.[1];
  const comment = /^[ \t]*([^\s:#'"]+):[ \t]+[^\s#'"]+([ \t]+#.*)$/.exec(line);
  if (key !== undefined && comment?.[1] === key && !text.includes('#')) text += comment[2];
  return indent + text;
}

// ---- comment bodies ----

export interface ReviewCommentOptions {
  instance?: string;
  /** The new text of the commented line: rendered as a ```suggestion block. */
  suggestion?: string;
}

/** Severity, rule, message, what to change, the rule's docs, an optional suggestion and the hidden marker. */
export function renderReviewComment(finding: Finding, opts: ReviewCommentOptions = {}): string {
  const instance = opts.instance ?? DEFAULT_INSTANCE;
  const subject = finding.resource ? ` · ${escapeMarkdown(describeResource(finding.resource))}` : '';
  const parts = [
    `${ICON[finding.severity]} **${finding.severity}** · \`${finding.ruleId}\`${subject}`,
    escapeMarkdown(finding.message),
  ];
  if (finding.fix && opts.suggestion !== undefined) {
    parts.push(`**What to change:** ${escapeMarkdown(finding.fix.description)}:`);
    const fence = fenceFor(opts.suggestion);
    parts.push(`${fence}suggestion\n${opts.suggestion}\n${fence}`);
  } else if (finding.fix) {
    parts.push(`**What to change:** ${escapeMarkdown(finding.fix.description)} (line ${finding.fix.line}).`);
  }
  const markers = [fingerprintMarker(finding.fingerprint)];
  if (instance !== DEFAULT_INSTANCE) markers.push(instanceMarker(instance));
  parts.push(
    `[How to fix \`${finding.ruleId}\`](${finding.helpUri}) · kube-pr-review\n${markers.join('\n')}`,
  );
  const body = parts.join('\n\n');
  return body.length <= COMMENT_MAX_LENGTH ? body : shorten(body, markers.join('\n'));
}

/** A fence longer than any run of backticks in the text, so the text cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Text from manifests and rule messages: no HTML, no mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}

function shorten(body: string, markers: string): string {
  const room = COMMENT_MAX_LENGTH - markers.length - 10;
  return `${body.slice(0, room)}…\n\n${markers}`;
}
