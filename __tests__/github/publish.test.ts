import { describe, expect, it } from '@jest/globals';
import type { GitHubApi, IssueComment, MinimizeReason, ReviewComment } from '../../src/github/api.js';
import type { PublishRequest } from '../../src/github/publish.js';
import { isReadOnlyError, publishToPullRequest } from '../../src/github/publish.js';
import type { ChangedFile, Finding, Report } from '../../src/model.js';
import type { DraftReviewComment } from '../../src/report/review-comments.js';
import { makeFinding, makeReport } from '../report/report-fixture.js';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const HEAD = 'a'.repeat(40);
const BOT = 'github-actions[bot]';

/** An in-memory pull request behind the GitHubApi interface, with scripted failures. */
class FakeApi implements GitHubApi {
  issueComments: IssueComment[] = [];
  reviewComments: ReviewComment[] = [];
  reviews: DraftReviewComment[][] = [];
  minimized = new Map<string, MinimizeReason>();
  calls: string[] = [];
  headSha = HEAD;
  /** Called before a review is stored; throw to fail it. `stored` says whether to store it anyway. */
  onCreateReview: (comments: DraftReviewComment[]) => { error?: Error; stored?: boolean } = () => ({});
  private nextId = 1;

  async viewerLogin() {
    this.calls.push('viewer');
    return 'github-actions';
  }
  async getPullRequest(number: number) {
    this.calls.push('get');
    return { number, headSha: this.headSha, baseSha: 'b'.repeat(40), baseRepo: 'o/r', headRepo: 'o/r' };
  }
  async listIssueComments() {
    this.calls.push('list-issue-comments');
    return this.issueComments.map((c) => ({ ...c }));
  }
  async createIssueComment(_number: number, body: string) {
    this.calls.push('create-issue-comment');
    const comment = {
      id: this.nextId++,
      nodeId: `IC${this.nextId}`,
      body,
      author: BOT,
      url: `u${this.nextId}`,
    };
    this.issueComments.push(comment);
    return comment;
  }
  async updateIssueComment(id: number, body: string) {
    this.calls.push('update-issue-comment');
    const comment = this.issueComments.find((c) => c.id === id)!;
    comment.body = body;
    return comment;
  }
  async deleteIssueComment(id: number) {
    this.calls.push('delete-issue-comment');
    this.issueComments = this.issueComments.filter((c) => c.id !== id);
  }
  async listReviewComments() {
    this.calls.push('list-review-comments');
    return this.reviewComments.map((c) => ({ ...c }));
  }
  async createReview(_number: number, _commit: string, _body: string, comments: DraftReviewComment[]) {
    this.calls.push(`create-review:${comments.length}`);
    const outcome = this.onCreateReview(comments);
    if (!outcome.error || outcome.stored) {
      this.reviews.push(comments);
      for (const draft of comments) {
        this.reviewComments.push({
          id: this.nextId++,
          nodeId: `RC${this.nextId}`,
          body: draft.body,
          author: BOT,
          path: draft.path,
          line: draft.line,
        });
      }
    }
    if (outcome.error) throw outcome.error;
  }
  async minimizedNodes(ids: string[]) {
    this.calls.push('minimized-nodes');
    return new Set(ids.filter((id) => this.minimized.has(id)));
  }
  async minimize(nodeId: string, reason: MinimizeReason) {
    this.calls.push(`minimize:${reason}`);
    this.minimized.set(nodeId, reason);
  }
  async sleep() {}
}

const FILES: ChangedFile[] = [
  {
    path: 'deploy/web.yaml',
    oldPath: 'deploy/web.yaml',
    status: 'modified',
    hunks: [{ oldStart: 1, oldLines: 20, newStart: 1, newLines: 20, addedLines: [1] }],
  },
];

function report(findings: Finding[]): Report {
  return { ...makeReport({ findings }), changedFiles: FILES, head: HEAD };
}

function findings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    makeFinding({ ruleId: 'removed-api', severity: 'error', line: i + 1, fingerprint: `fp${i + 1}` }),
  );
}

function request(r: Report, extra: Partial<PublishRequest> = {}): PublishRequest {
  return {
    report: r,
    pullRequest: 7,
    headSha: HEAD,
    instance: 'default',
    postReview: true,
    postComment: true,
    log: () => {},
    ...extra,
  };
}

describe('publishToPullRequest', () => {
  it('posts one review and one sticky comment, matching the author across REST and GraphQL logins', async () => {
    const api = new FakeApi();
    const result = await publishToPullRequest(api, request(report(findings(3))));
    expect(result).toMatchObject({ status: 'posted', reviewComments: 3, problems: [] });
    expect(api.reviews).toHaveLength(1);
    expect(api.issueComments).toHaveLength(1);

    const again = await publishToPullRequest(api, request(report(findings(3))));
    expect(again).toMatchObject({ status: 'posted', reviewComments: 0 });
    expect(api.reviews).toHaveLength(1);
    expect(api.calls.filter((c) => c.startsWith('update') || c.startsWith('create-issue'))).toEqual([
      'create-issue-comment',
    ]);
  });

  it('isolates the comments GitHub refuses (422) and posts the others', async () => {
    const api = new FakeApi();
    api.onCreateReview = (comments) =>
      comments.some((c) => c.line === 2 || c.line === 5)
        ? { error: new HttpError(422, 'Pull request review thread line must be part of the diff') }
        : {};
    const result = await publishToPullRequest(api, request(report(findings(6))));
    expect(result.reviewComments).toBe(4);
    expect(api.reviewComments.map((c) => c.line).sort()).toEqual([1, 3, 4, 6]);
    expect(result.problems.join(' ')).toContain(
      'GitHub refused 2 inline comments (deploy/web.yaml:2, deploy/web.yaml:5)',
    );
    expect(api.issueComments[0]!.body).toContain('2 inline comments could not be posted');
    // 1 (all) + 2 (halves) + 6 (one by one).
    expect(api.calls.filter((c) => c.startsWith('create-review'))).toHaveLength(9);
  });

  it('after a 5xx, sends again only when GitHub did not keep the review', async () => {
    const lost = new FakeApi();
    let first = true;
    lost.onCreateReview = () =>
      first ? ((first = false), { error: new HttpError(502, 'Bad Gateway') }) : {};
    await publishToPullRequest(lost, request(report(findings(2))));
    expect(lost.reviews).toHaveLength(1);

    const kept = new FakeApi();
    let once = true;
    kept.onCreateReview = () =>
      once ? ((once = false), { error: new HttpError(502, 'Bad Gateway'), stored: true }) : {};
    const result = await publishToPullRequest(kept, request(report(findings(2))));
    expect(kept.reviews).toHaveLength(1);
    expect(kept.calls.filter((c) => c.startsWith('create-review'))).toEqual(['create-review:2']);
    expect(result.reviewComments).toBe(2);
  });

  it('turns a 403 "not accessible" into read-only, whatever step meets it', async () => {
    const api = new FakeApi();
    api.onCreateReview = () => ({ error: new HttpError(403, 'Resource not accessible by integration') });
    const result = await publishToPullRequest(api, request(report(findings(1))));
    expect(result.status).toBe('read-only');
    expect(api.issueComments).toEqual([]);
    expect(isReadOnlyError(new HttpError(403, 'You have exceeded a secondary rate limit'))).toBe(false);
  });

  it('posts nothing when the pull request has moved on to another commit', async () => {
    const api = new FakeApi();
    api.headSha = 'c'.repeat(40);
    const result = await publishToPullRequest(api, request(report(findings(1))));
    expect(result.status).toBe('skipped');
    expect(result.problems[0]).toMatch(/has moved on to ccccccc/);
    expect(api.calls).toEqual(['viewer', 'get']);
  });

  it('keeps one sticky comment: deletes duplicates of ours, leaves others alone', async () => {
    const api = new FakeApi();
    const marker = '<!-- kube-pr-review:sticky:default -->';
    api.issueComments = [
      { id: 100, nodeId: 'a', body: `${marker}\nold`, author: BOT, url: 'u100' },
      { id: 101, nodeId: 'b', body: `${marker}\nrace`, author: BOT, url: 'u101' },
      { id: 102, nodeId: 'c', body: `${marker}\nhuman`, author: 'octocat', url: 'u102' },
      { id: 103, nodeId: 'd', body: '<!-- kube-pr-review:sticky:staging -->', author: BOT, url: 'u103' },
    ];
    const result = await publishToPullRequest(api, request(report(findings(1)), { postReview: false }));
    expect(result.commentUrl).toBe('u100');
    expect(api.issueComments.map((c) => c.id)).toEqual([100, 102, 103]);
    expect(api.issueComments[0]!.body).toContain('### ❌ kube-pr-review');
    expect(api.issueComments[1]!.body).toBe(`${marker}\nhuman`);
  });

  it('posts no sticky comment on a pull request without findings or resource changes', async () => {
    const api = new FakeApi();
    const clean = { ...report([]), changes: [] };
    const result = await publishToPullRequest(api, request(clean));
    expect(result.status).toBe('posted');
    expect(api.issueComments).toEqual([]);
    expect(result.commentUrl).toBeUndefined();
  });

  it('hides comments of findings that are gone, and only ours', async () => {
    const api = new FakeApi();
    await publishToPullRequest(api, request(report(findings(3))));
    api.reviewComments.push({
      id: 999,
      nodeId: 'theirs',
      body: '<!-- kube-pr-review:fp=fp1 -->',
      author: 'octocat',
      path: 'deploy/web.yaml',
      line: 1,
    });
    await publishToPullRequest(api, request(report(findings(1))));
    expect([...api.minimized.values()]).toEqual(['OUTDATED', 'OUTDATED']);
    expect(api.minimized.has('theirs')).toBe(false);
    // Hidden comments are not hidden again.
    const calls = api.calls.length;
    await publishToPullRequest(api, request(report(findings(1))));
    expect(api.calls.slice(calls).filter((c) => c.startsWith('minimize:'))).toEqual([]);
  });
});
