import * as github from '@actions/github';
import type { DraftReviewComment } from '../report/review-comments.js';
import type { FailedRequest, RetryPolicy, RetryRunner } from './retry.js';
import { createRetryRunner } from './retry.js';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  /** `owner/name` of the head repository; undefined when the fork was deleted. */
  headRepo?: string;
  baseRepo: string;
}

export interface IssueComment {
  id: number;
  nodeId: string;
  body: string;
  author: string;
  url: string;
}

export interface ReviewComment {
  id: number;
  nodeId: string;
  body: string;
  author: string;
  path: string;
  line: number | null;
  inReplyTo?: number;
}

export type MinimizeReason = 'OUTDATED' | 'DUPLICATE';

/** The GitHub calls the publisher makes, with retries and narrowed responses. */
export interface GitHubApi {
  viewerLogin(): Promise<string>;
  getPullRequest(number: number): Promise<PullRequestInfo>;
  listIssueComments(number: number): Promise<IssueComment[]>;
  createIssueComment(number: number, body: string): Promise<IssueComment>;
  updateIssueComment(id: number, body: string): Promise<IssueComment>;
  deleteIssueComment(id: number): Promise<void>;
  listReviewComments(number: number): Promise<ReviewComment[]>;
  createReview(number: number, commitId: string, body: string, comments: DraftReviewComment[]): Promise<void>;
  /** The ids among `nodeIds` that are minimized (hidden) already. */
  minimizedNodes(nodeIds: string[]): Promise<Set<string>>;
  minimize(nodeId: string, reason: MinimizeReason): Promise<void>;
  sleep(ms: number): Promise<void>;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Listing stops here: a pull request with more comments than this is not one we keep tidy. */
const MAX_PAGES = 30;
const REQUEST_TIMEOUT_MS = 30_000;

/** Duck-typed Octokit RequestError: status, message, response headers. */
export function toFailedRequest(error: unknown): FailedRequest {
  const record = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: Record<string, string | number | undefined> };
  };
  const message = typeof record.message === 'string' ? record.message : String(error);
  const status = typeof record.status === 'number' ? record.status : undefined;
  // Octokit reports network failures and timeouts as status 500 without a response.
  return { ...(status !== undefined && { status }), message, headers: record.response?.headers ?? {} };
}

export function createGitHubApi(
  token: string,
  repo: RepoRef,
  opts: { baseUrl?: string; onRetry?: (message: string) => void; policy?: RetryPolicy } = {},
): GitHubApi {
  const octokit = github.getOctokit(token, opts.baseUrl ? { baseUrl: opts.baseUrl } : {});
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const runner: RetryRunner = createRetryRunner(toFailedRequest, {
    sleep,
    ...(opts.onRetry && { onRetry: opts.onRetry }),
    ...(opts.policy && { policy: opts.policy }),
  });
  octokit.hook.wrap('request', (request, options) => {
    const method = String(options.method);
    const url = String(options.url);
    // A POST that answered 5xx may still have been carried out: the publisher checks before repeating it.
    const canRetryServerError = method !== 'POST' || url.endsWith('/graphql');
    return runner.run(
      async () =>
        request({
          ...options,
          request: { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
        }),
      { canRetryServerError, label: `${method} ${url}` },
    );
  });
  const { owner, repo: name } = repo;

  return {
    async viewerLogin() {
      const data = await octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }');
      const login = data.viewer?.login;
      if (!login) throw new Error('GraphQL viewer has no login');
      return login;
    },

    async getPullRequest(number) {
      const { data } = await octokit.rest.pulls.get({ owner, repo: name, pull_number: number });
      return {
        number: data.number,
        headSha: data.head.sha,
        baseSha: data.base.sha,
        ...(data.head.repo?.full_name && { headRepo: data.head.repo.full_name }),
        baseRepo: data.base.repo.full_name,
      };
    },

    async listIssueComments(number) {
      const comments: IssueComment[] = [];
      let pages = 0;
      for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo: name,
        issue_number: number,
        per_page: 100,
      })) {
        for (const comment of page.data) comments.push(issueComment(comment));
        if (++pages >= MAX_PAGES) break;
      }
      return comments;
    },

    async createIssueComment(number, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo: name,
        issue_number: number,
        body,
      });
      return issueComment(data);
    },

    async updateIssueComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo: name, comment_id: id, body });
      return issueComment(data);
    },

    async deleteIssueComment(id) {
      await octokit.rest.issues.deleteComment({ owner, repo: name, comment_id: id });
    },

    async listReviewComments(number) {
      const comments: ReviewComment[] = [];
      let pages = 0;
      for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listReviewComments, {
        owner,
        repo: name,
        pull_number: number,
        per_page: 100,
      })) {
        for (const comment of page.data) {
          comments.push({
            id: comment.id,
            nodeId: comment.node_id,
            body: comment.body,
            author: comment.user.login,
            path: comment.path,
            line: comment.line ?? null,
            ...(comment.in_reply_to_id !== undefined && { inReplyTo: comment.in_reply_to_id }),
          });
        }
        if (++pages >= MAX_PAGES) break;
      }
      return comments;
    },

    async createReview(number, commitId, body, comments) {
      await octokit.rest.pulls.createReview({
        owner,
        repo: name,
        pull_number: number,
        commit_id: commitId,
        event: 'COMMENT',
        body,
        comments: comments.map((comment) => ({ ...comment })),
      });
    },

    async minimizedNodes(nodeIds) {
      const minimized = new Set<string>();
      for (let i = 0; i < nodeIds.length; i += 100) {
        const data = await octokit.graphql<{ nodes?: ({ id?: string; isMinimized?: boolean } | null)[] }>(
          'query($ids: [ID!]!) { nodes(ids: $ids) { ... on PullRequestReviewComment { id isMinimized } } }',
          { ids: nodeIds.slice(i, i + 100) },
        );
        for (const node of data.nodes ?? []) {
          if (node?.id && node.isMinimized) minimized.add(node.id);
        }
      }
      return minimized;
    },

    async minimize(nodeId, reason) {
      await octokit.graphql(
        'mutation($id: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: {subjectId: $id, classifier: $classifier}) { minimizedComment { isMinimized } } }',
        { id: nodeId, classifier: reason },
      );
    },

    sleep,
  };
}

function issueComment(data: {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}): IssueComment {
  return {
    id: data.id,
    nodeId: data.node_id,
    body: data.body ?? '',
    author: data.user?.login ?? '',
    url: data.html_url,
  };
}
