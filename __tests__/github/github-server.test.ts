import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRepo } from '../helpers/git-repo.js';
import { FULL_NAME, GitHubServer } from '../helpers/github-server.js';
import { OpenApiValidator } from '../helpers/openapi.js';

// The harness is only as good as its strictness: these tests show it refuses what GitHub refuses.

describe('OpenApiValidator (GitHub REST description from @octokit/openapi)', () => {
  const validator = new OpenApiValidator();
  const none = new URLSearchParams();
  const reviews = '/repos/o/r/pulls/7/reviews';

  it('finds operations by method and path template, preferring literal segments', () => {
    const list = validator.validate('GET', '/repos/o/r/pulls/comments', none, undefined);
    expect(list).toMatchObject({
      ok: true,
      operation: { operationId: 'pulls/list-review-comments-for-repo' },
    });
    const get = validator.validate('GET', '/repos/o/r/pulls/7', none, undefined);
    expect(get).toMatchObject({
      ok: true,
      operation: { operationId: 'pulls/get', params: { pull_number: '7' } },
    });
  });

  it('accepts the review the action sends', () => {
    const body = {
      commit_id: 'abc',
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'a.yaml', line: 3, side: 'RIGHT', start_line: 2, start_side: 'RIGHT', body: 'b' }],
    };
    expect(validator.validate('POST', reviews, none, body)).toMatchObject({ ok: true });
  });

  it.each([
    ['an unknown path', 'GET', '/repos/o/r/pulls/7/nope', undefined],
    ['a method the path does not have', 'DELETE', '/repos/o/r/pulls/7', undefined],
    ['a path parameter of the wrong type', 'GET', '/repos/o/r/pulls/seven', undefined],
    ['a wrong enum value', 'POST', reviews, { event: 'COMMENTED' }],
    ['a wrong property type', 'POST', reviews, { comments: [{ path: 'a', body: 'b', line: '3' }] }],
    ['a missing required property', 'POST', reviews, { comments: [{ path: 'a', line: 3 }] }],
    ['an undeclared property', 'POST', reviews, { comments: [{ path: 'a', body: 'b', line: 3, lines: 4 }] }],
    ['a missing required body', 'POST', '/repos/o/r/issues/7/comments', undefined],
    ['a body where none is taken', 'GET', '/repos/o/r/pulls/7', {}],
  ])('refuses %s', (_what, method, path, body) => {
    expect(validator.validate(method, path, none, body)).toMatchObject({ ok: false });
  });

  it('checks query parameters', () => {
    const path = '/repos/o/r/issues/7/comments';
    expect(validator.validate('GET', path, new URLSearchParams('per_page=100&page=2'), undefined).ok).toBe(
      true,
    );
    expect(validator.validate('GET', path, new URLSearchParams('per_page=lots'), undefined).ok).toBe(false);
    expect(validator.validate('GET', path, new URLSearchParams('perpage=100'), undefined).ok).toBe(false);
  });
});

describe('GitHubServer', () => {
  const repo = createRepo(
    { 'a.yaml': Array.from({ length: 30 }, (_, i) => `k${i}: ${i}`).join('\n') + '\n' },
    {
      'a.yaml':
        Array.from({ length: 30 }, (_, i) => (i === 4 || i === 24 ? `k${i}: changed` : `k${i}: ${i}`)).join(
          '\n',
        ) + '\n',
    },
  );
  const [base, head] = repo.commits as [string, string];
  let server: GitHubServer;
  beforeAll(async () => {
    server = await new GitHubServer().start();
    server.addToken('t', { login: 'github-actions[bot]' });
    server.addToken('ro', { login: 'github-actions[bot]', readOnly: true });
    server.addPullRequest({ number: 1, repoDir: repo.dir, base, head });
  });
  afterAll(async () => {
    await server.stop();
    repo.cleanup();
  });

  const call = (method: string, path: string, body?: unknown, token = 't') =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `token ${token}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const review = (comments: unknown[]) => ({ commit_id: head, event: 'COMMENT', body: 'r', comments });
  const reviewsPath = `/repos/${FULL_NAME}/pulls/1/reviews`;

  it('takes comments on lines inside the hunks (changed lines and 3 lines of context)', async () => {
    // Hunks: head lines 2..8 and 22..28.
    const ok = await call(
      'POST',
      reviewsPath,
      review([
        { path: 'a.yaml', line: 2, side: 'RIGHT', body: 'context' },
        { path: 'a.yaml', line: 5, side: 'RIGHT', body: 'changed' },
        { path: 'a.yaml', line: 28, start_line: 22, side: 'RIGHT', start_side: 'RIGHT', body: 'range' },
      ]),
    );
    expect(ok.status).toBe(200);
    expect(server.reviewComments(1)).toHaveLength(3);
  });

  it.each([
    ['a line outside the diff', [{ path: 'a.yaml', line: 15, side: 'RIGHT', body: 'x' }]],
    ['a line just past a hunk', [{ path: 'a.yaml', line: 9, side: 'RIGHT', body: 'x' }]],
    ['a range across hunks', [{ path: 'a.yaml', line: 22, start_line: 5, side: 'RIGHT', body: 'x' }]],
    ['a file outside the diff', [{ path: 'b.yaml', line: 5, side: 'RIGHT', body: 'x' }]],
  ])('refuses the whole review (422) for %s', async (_what, comments) => {
    const before = server.reviewComments(1).length;
    const refused = await call(
      'POST',
      reviewsPath,
      review([{ path: 'a.yaml', line: 5, body: 'ok' }, ...comments]),
    );
    expect(refused.status).toBe(422);
    expect(server.reviewComments(1)).toHaveLength(before);
  });

  it('refuses requests that do not match the description, bad tokens, and writes with a read-only token', async () => {
    expect(
      (
        await call('POST', reviewsPath, {
          event: 'COMMENT',
          body: 'x',
          comments: [{ path: 'a.yaml', line: 5, body: 'b', subject: 'line' }],
        })
      ).status,
    ).toBe(400);
    expect((await call('GET', `/repos/${FULL_NAME}/pulls/1`, undefined, 'nope')).status).toBe(401);
    expect((await call('POST', `/repos/${FULL_NAME}/issues/1/comments`, { body: 'x' }, 'ro')).status).toBe(
      403,
    );
    expect((await call('GET', `/repos/${FULL_NAME}/issues/1/comments`, undefined, 'ro')).status).toBe(200);
    const graphql = await call('POST', '/graphql', { query: 'query { repository { id } }' });
    expect(((await graphql.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
    expect(server.violations.length).toBeGreaterThan(0);
  });
});
