import type { Finding, Report } from '../model.js';
import { renderMarkdown } from '../report/markdown.js';
import type { ExistingInlineComment, PlannedComment, ReviewPlan } from '../report/review-comments.js';
import {
  COMMENT_MAX_LENGTH,
  parseInlineMarker,
  planReview,
  reviewMarker,
  stickyMarker,
} from '../report/review-comments.js';
import { plural } from '../report/text.js';
import type { GitHubApi, IssueComment } from './api.js';
import { toFailedRequest } from './api.js';
import { retryKind } from './retry.js';

export interface PublishRequest {
  report: Report;
  pullRequest: number;
  /** The commit the review is about: nothing is posted when the pull request has moved on. */
  headSha: string;
  instance: string;
  postReview: boolean;
  postComment: boolean;
  maxInlineComments?: number;
  /** Head-side lines of a file, for the indentation of suggestions. */
  headLines?: (path: string) => readonly string[] | undefined;
  /** Where the full report is (the pull request's checks tab); linked when the comment had to be cut. */
  fullReportUrl?: string;
  log: (message: string) => void;
}

export type PublishStatus = 'posted' | 'read-only' | 'failed' | 'skipped';

export interface PublishResult {
  status: PublishStatus;
  /** What went wrong or was skipped, for the job summary and a warning annotation. */
  problems: string[];
  commentUrl?: string;
  /** Inline comments this run posted. */
  reviewComments: number;
  /** Fingerprints of findings that have an inline comment (posted now or earlier). */
  inline: Set<string>;
}

/** The identity of the default `GITHUB_TOKEN` when the token cannot tell us who it is. */
const DEFAULT_BOT_LOGIN = 'github-actions[bot]';
/** At most this many createReview calls per run, including the ones that isolate comments GitHub refuses. */
const MAX_REVIEW_REQUESTS = 20;
/** A refused batch this small is retried one comment at a time rather than halved. */
const SPLIT_SINGLY = 4;
const STICKY_MAX_LENGTH = 65000;
const CLEAN_NOTE = '✅ The findings of earlier runs are fixed.';

/** A 403 that no retry fixes: the token may not write here (fork pull request, Dependabot, missing permission). */
export class ReadOnlyError extends Error {}

export function isReadOnlyError(error: unknown): boolean {
  const failed = toFailedRequest(error);
  return (
    failed.status === 403 &&
    retryKind(failed) === undefined &&
    /not accessible by|permission|forbidden|must have (admin|push|write)/i.test(failed.message)
  );
}

/** Posts the inline review and the sticky summary comment; never throws for what GitHub answers. */
export async function publishToPullRequest(api: GitHubApi, request: PublishRequest): Promise<PublishResult> {
  const result: PublishResult = { status: 'posted', problems: [], reviewComments: 0, inline: new Set() };
  try {
    const login = await api.viewerLogin().catch(() => {
      request.log(`could not ask GitHub who the token is: assuming ${DEFAULT_BOT_LOGIN}`);
      return DEFAULT_BOT_LOGIN;
    });
    const isOurs = (author: string) => sameLogin(author, login);

    const pr = await api.getPullRequest(request.pullRequest);
    if (pr.headSha !== request.headSha) {
      result.status = 'skipped';
      result.problems.push(
        `Pull request #${pr.number} has moved on to ${pr.headSha.slice(0, 7)} since this run started at ${request.headSha.slice(0, 7)}: nothing was posted, the run for the new commit will post.`,
      );
      return result;
    }

    let reviewOutcome: ReviewOutcome | undefined;
    if (request.postReview) {
      try {
        reviewOutcome = await publishReview(api, request, isOurs);
        result.reviewComments = reviewOutcome.posted.length;
        for (const fp of reviewOutcome.inline) result.inline.add(fp);
        result.problems.push(...reviewOutcome.problems);
      } catch (error) {
        if (isReadOnlyError(error)) throw error;
        result.status = 'failed';
        result.problems.push(`The inline review could not be posted: ${describe(error)}.`);
      }
    }

    if (request.postComment) {
      try {
        const sticky = await publishSticky(api, request, isOurs, reviewOutcome);
        if (sticky) result.commentUrl = sticky.url;
      } catch (error) {
        if (isReadOnlyError(error)) throw error;
        result.status = 'failed';
        result.problems.push(`The summary comment could not be posted: ${describe(error)}.`);
      }
    }
    return result;
  } catch (error) {
    if (isReadOnlyError(error)) {
      return {
        status: 'read-only',
        problems: [`GitHub refused to let this token write to the pull request (${describe(error)}).`],
        reviewComments: result.reviewComments,
        inline: result.inline,
      };
    }
    return {
      ...result,
      status: 'failed',
      problems: [...result.problems, `Could not post to the pull request: ${describe(error)}.`],
    };
  }
}

/** REST logins of apps end in `[bot]`, GraphQL ones do not. */
function sameLogin(a: string, b: string): boolean {
  const normal = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return normal(a) === normal(b);
}

function describe(error: unknown): string {
  const failed = toFailedRequest(error);
  const message = failed.message.split(' - https://')[0] ?? failed.message;
  return failed.status !== undefined ? `${failed.status} ${message}` : message;
}

// ---- the inline review ----

interface ReviewOutcome {
  plan: ReviewPlan;
  posted: PlannedComment[];
  /** Comments GitHub refused (422), or that failed for good: their findings are in the summary only. */
  notPosted: PlannedComment[];
  inline: Set<string>;
  problems: string[];
}

async function publishReview(
  api: GitHubApi,
  request: PublishRequest,
  isOurs: (author: string) => boolean,
): Promise<ReviewOutcome> {
  const { report, instance } = request;
  const ours = (await api.listReviewComments(request.pullRequest)).flatMap((comment) => {
    if (comment.inReplyTo !== undefined || !isOurs(comment.author)) return [];
    const fingerprint = parseInlineMarker(comment.body, instance);
    return fingerprint === undefined ? [] : [{ ...comment, fingerprint }];
  });
  let minimized = new Set<string>();
  if (ours.length > 0) {
    minimized = await api.minimizedNodes(ours.map((comment) => comment.nodeId)).catch((error: unknown) => {
      if (isReadOnlyError(error)) throw error;
      request.log(`could not tell which earlier comments are hidden: ${describe(error)}`);
      return new Set<string>();
    });
  }
  const existing: ExistingInlineComment[] = ours
    .filter((comment) => !minimized.has(comment.nodeId))
    .map((comment) => ({
      nodeId: comment.nodeId,
      fingerprint: comment.fingerprint,
      path: comment.path,
      line: comment.line,
    }));

  const plan = planReview(report.findings, report.changedFiles, existing, {
    instance,
    ...(request.maxInlineComments !== undefined && { maxComments: request.maxInlineComments }),
    ...(request.headLines && { headLines: request.headLines }),
  });
  const problems: string[] = [];
  const sent = await sendReview(api, request, plan.post, isOurs);
  if (sent.rejected.length > 0) {
    problems.push(
      `GitHub refused ${plural(sent.rejected.length, 'inline comment')} (${sent.rejected
        .map((item) => `${item.draft.path}:${item.draft.line}`)
        .join(', ')}): those findings are in the summary comment only.`,
    );
  }
  if (sent.failed.length > 0) {
    problems.push(
      `${plural(sent.failed.length, 'inline comment')} could not be posted (${sent.error ?? 'too many attempts'}): those findings are in the summary comment only.`,
    );
  }

  // Hide what no longer applies: comments of findings that are gone, repeats, and comments a new one replaces.
  const postedFingerprints = new Set(sent.posted.map((item) => item.finding.fingerprint));
  const toHide: { comment: ExistingInlineComment; reason: 'OUTDATED' | 'DUPLICATE' }[] = [
    ...plan.outdated.map((comment) => ({ comment, reason: 'OUTDATED' as const })),
    ...plan.duplicates.map((comment) => ({ comment, reason: 'DUPLICATE' as const })),
    ...[...plan.superseded]
      .filter(([fingerprint]) => postedFingerprints.has(fingerprint))
      .flatMap(([, comments]) => comments.map((comment) => ({ comment, reason: 'OUTDATED' as const }))),
  ];
  let hideFailures = 0;
  for (const { comment, reason } of toHide) {
    try {
      await api.minimize(comment.nodeId, reason);
    } catch (error) {
      if (isReadOnlyError(error)) throw error;
      hideFailures++;
      request.log(`could not hide an outdated comment on ${comment.path}: ${describe(error)}`);
    }
  }
  if (hideFailures > 0) {
    problems.push(`${plural(hideFailures, 'outdated inline comment')} could not be hidden.`);
  }
  if (toHide.length > 0)
    request.log(`hid ${plural(toHide.length - hideFailures, 'outdated inline comment')}`);

  const inline = new Set([
    ...plan.kept.map((finding) => finding.fingerprint),
    ...sent.posted.map((item) => item.finding.fingerprint),
  ]);
  return { plan, posted: sent.posted, notPosted: [...sent.rejected, ...sent.failed], inline, problems };
}

interface SendOutcome {
  posted: PlannedComment[];
  rejected: PlannedComment[];
  failed: PlannedComment[];
  error?: string;
}

/**
 * One review for all new comments. GitHub refuses a whole review for one bad comment (422) without saying
 * which: halve the batch until the bad ones are alone, so the others still get through.
 */
async function sendReview(
  api: GitHubApi,
  request: PublishRequest,
  comments: PlannedComment[],
  isOurs: (author: string) => boolean,
): Promise<SendOutcome> {
  const outcome: SendOutcome = { posted: [], rejected: [], failed: [] };
  if (comments.length === 0) return outcome;
  const queue: PlannedComment[][] = [comments];
  let requests = 0;
  while (queue.length > 0) {
    const batch = queue.shift()!;
    if (requests >= MAX_REVIEW_REQUESTS) {
      outcome.failed.push(...batch);
      continue;
    }
    requests++;
    try {
      outcome.posted.push(...(await createReviewOnce(api, request, batch, isOurs)));
    } catch (error) {
      if (isReadOnlyError(error)) throw error;
      const failed = toFailedRequest(error);
      if (failed.status === 422 && !/commit|sha/i.test(failed.message)) {
        if (batch.length === 1) {
          outcome.rejected.push(...batch);
          request.log(`GitHub refused the comment on ${batch[0]!.draft.path}:${batch[0]!.draft.line}`);
        } else if (batch.length <= SPLIT_SINGLY) {
          queue.unshift(...batch.map((item) => [item]));
        } else {
          const half = Math.ceil(batch.length / 2);
          queue.unshift(batch.slice(0, half), batch.slice(half));
        }
      } else {
        outcome.failed.push(...batch);
        outcome.error = describe(error);
      }
    }
  }
  return outcome;
}

/**
 * Creates a review; after a 5xx (GitHub may have created it anyway) looks at the pull request's comments and
 * sends again only what is missing, once.
 */
async function createReviewOnce(
  api: GitHubApi,
  request: PublishRequest,
  batch: PlannedComment[],
  isOurs: (author: string) => boolean,
): Promise<PlannedComment[]> {
  const send = (items: PlannedComment[]) =>
    api.createReview(
      request.pullRequest,
      request.headSha,
      reviewBody(
        items.map((item) => item.finding),
        request.instance,
      ),
      items.map((item) => item.draft),
    );
  try {
    await send(batch);
    return batch;
  } catch (error) {
    if (retryKind(toFailedRequest(error)) !== 'server-error') throw error;
    request.log(`creating the review failed (${describe(error)}): checking what GitHub kept`);
    await api.sleep(1000);
    const present = new Set(
      (await api.listReviewComments(request.pullRequest))
        .filter((comment) => isOurs(comment.author) && comment.line !== null)
        .flatMap((comment) => {
          const fp = parseInlineMarker(comment.body, request.instance);
          return fp === undefined ? [] : [`${fp}\0${comment.path}\0${comment.line}`];
        }),
    );
    const missing = batch.filter(
      (item) => !present.has(`${item.finding.fingerprint}\0${item.draft.path}\0${item.draft.line}`),
    );
    if (missing.length > 0) await send(missing);
    return batch;
  }
}

function reviewBody(findings: readonly Finding[], instance: string): string {
  const counts = plural(findings.length, 'finding');
  return `**kube-pr-review**: ${counts} on the changed lines; the summary comment lists every finding.\n\n${reviewMarker(instance)}`;
}

// ---- the sticky summary comment ----

async function publishSticky(
  api: GitHubApi,
  request: PublishRequest,
  isOurs: (author: string) => boolean,
  review: ReviewOutcome | undefined,
): Promise<IssueComment | undefined> {
  const { report } = request;
  const marker = stickyMarker(request.instance);
  const ours = (await api.listIssueComments(request.pullRequest)).filter(
    (comment) => isOurs(comment.author) && comment.body.includes(marker),
  );
  const [current, ...extra] = ours;

  const hasContent =
    report.findings.length > 0 ||
    report.changes.some((file) => file.resources.some((change) => change.type !== 'unchanged'));
  if (!current && !hasContent) {
    request.log('no findings and no resource changes: no summary comment needed');
    return undefined;
  }

  const notes = stickyNotes(report, review);
  if (
    report.findings.length === 0 &&
    current &&
    (current.body.includes(CLEAN_NOTE) || !isClean(current.body))
  ) {
    notes.push(CLEAN_NOTE);
  }
  const body = `${marker}\n${renderMarkdown(report, {
    maxLength: Math.min(STICKY_MAX_LENGTH, COMMENT_MAX_LENGTH) - marker.length - 1,
    notes,
    ...(request.fullReportUrl && { fullReportUrl: request.fullReportUrl }),
  })}`;

  let sticky: IssueComment;
  if (current) {
    if (current.body.trim() === body.trim()) {
      request.log(`the summary comment is up to date: ${current.url}`);
      sticky = current;
    } else {
      sticky = await api.updateIssueComment(current.id, body);
      request.log(`updated the summary comment: ${sticky.url}`);
    }
  } else {
    sticky = await createSticky(api, request, body, marker, isOurs);
    request.log(`posted the summary comment: ${sticky.url}`);
  }
  // Two runs that raced may each have created one: keep the first.
  for (const duplicate of extra) {
    await api.deleteIssueComment(duplicate.id).catch((error: unknown) => {
      if (isReadOnlyError(error)) throw error;
      request.log(`could not delete a duplicate summary comment: ${describe(error)}`);
    });
  }
  return sticky;
}

async function createSticky(
  api: GitHubApi,
  request: PublishRequest,
  body: string,
  marker: string,
  isOurs: (author: string) => boolean,
): Promise<IssueComment> {
  try {
    return await api.createIssueComment(request.pullRequest, body);
  } catch (error) {
    if (retryKind(toFailedRequest(error)) !== 'server-error') throw error;
    await api.sleep(1000);
    const created = (await api.listIssueComments(request.pullRequest)).find(
      (comment) => isOurs(comment.author) && comment.body.includes(marker),
    );
    return created ?? (await api.createIssueComment(request.pullRequest, body));
  }
}

function isClean(body: string): boolean {
  return /^### ✅ /m.test(body);
}

function stickyNotes(report: Report, review: ReviewOutcome | undefined): string[] {
  if (!review || report.findings.length === 0) return [];
  const notes: string[] = [];
  const inline = report.findings.filter((finding) => review.inline.has(finding.fingerprint)).length;
  if (inline > 0) {
    notes.push(
      inline === report.findings.length
        ? `💬 ${inline === 1 ? 'The finding is' : inline === 2 ? 'Both findings are' : `All ${inline} findings are`} also commented on the changed lines.`
        : `💬 ${inline} of ${plural(report.findings.length, 'finding')} are also commented on the changed lines; the others are on lines outside the diff${review.plan.overCap.length > 0 ? ' or past the limit of inline comments' : ''}.`,
    );
  }
  if (review.notPosted.length > 0) {
    notes.push(
      `⚠️ ${plural(review.notPosted.length, 'inline comment')} could not be posted; the table lists those findings.`,
    );
  }
  return notes;
}
