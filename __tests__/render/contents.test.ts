import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContentsError, contentsUrl, createContentsClient } from '../../src/github/contents.js';
import { GitHubServer, closedPortUrl } from '../helpers/github-server.js';

// The contents API client against a local GitHub that validates each request against GitHub's description.

const TOKEN = 'ghs_contentsClientToken9876543210';
const BIG = Buffer.alloc(1024 * 1024 + 10, 'a');

let server: GitHubServer;
beforeAll(async () => {
  server = await new GitHubServer().start();
  server.addToken(TOKEN, { login: 'octocat' });
  server.addContents('acme/widgets', 'v1', {
    'crds/widget.yaml': 'kind: Widget\n',
    'crds/kustomization.yaml': 'resources: [widget.yaml]\n',
    'docs/with space.md': 'hello\n',
    'big/huge.yaml': BIG,
  });
});
afterAll(async () => {
  await server.stop();
});

const failure = async (promise: Promise<unknown>): Promise<ContentsError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ContentsError) return error;
    throw error;
  }
  throw new Error('expected a ContentsError');
};

describe('createContentsClient', () => {
  it('reads files (base64 in JSON, or raw above 1 MB) and directories', async () => {
    const client = createContentsClient({ apiUrl: server.url, token: TOKEN });
    expect(client.hasToken).toBe(true);
    const file = await client.get({ owner: 'acme', repo: 'widgets', path: 'crds/widget.yaml', ref: 'v1' });
    expect(file.type === 'file' && file.content.toString()).toBe('kind: Widget\n');
    const dir = await client.get({ owner: 'acme', repo: 'widgets', path: 'crds', ref: 'v1' });
    expect(dir.type === 'dir' && dir.entries.map((entry) => [entry.name, entry.type])).toEqual([
      ['kustomization.yaml', 'file'],
      ['widget.yaml', 'file'],
    ]);
    const spaced = await client.get({
      owner: 'acme',
      repo: 'widgets',
      path: 'docs/with space.md',
      ref: 'v1',
    });
    expect(spaced.type === 'file' && spaced.content.toString()).toBe('hello\n');
    const from = server.requests.length;
    const big = await client.get({ owner: 'acme', repo: 'widgets', path: 'big/huge.yaml', ref: 'v1' });
    expect(big.type === 'file' && big.content.equals(BIG)).toBe(true);
    expect(server.requests.slice(from).map((request) => request.status)).toEqual([200, 200]);
    expect(server.violations).toEqual([]);
  });

  it('keeps to its size limit', async () => {
    const client = createContentsClient({ apiUrl: server.url, token: TOKEN, maxFileBytes: 1000 });
    const error = await failure(
      client.get({ owner: 'acme', repo: 'widgets', path: 'big/huge.yaml', ref: 'v1' }),
    );
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('acme/widgets big/huge.yaml at v1 is 1048586 bytes, over the limit of 1000');
  });

  it('says what is missing, and what GitHub said', async () => {
    const client = createContentsClient({ apiUrl: server.url, token: TOKEN });
    const ref = await failure(client.get({ owner: 'acme', repo: 'widgets', path: 'crds', ref: 'v2' }));
    expect(ref.kind).toBe('not-found');
    expect(ref.message).toBe(
      `the GitHub API at ${server.url} found no acme/widgets crds at v2 (404) (No commit found for the ref v2): check the repository, the path and the ref.`,
    );
    const path = await failure(client.get({ owner: 'acme', repo: 'widgets', path: 'nothing', ref: 'v1' }));
    expect(path.message).toContain('found no acme/widgets nothing at v1 (404) (Not Found)');
  });

  it('never shows the token, and says when there is none', async () => {
    const wrong = createContentsClient({ apiUrl: server.url, token: 'ghs_wrongTokenAbcdef' });
    const refused = await failure(wrong.get({ owner: 'acme', repo: 'widgets', path: 'crds', ref: 'v1' }));
    expect(refused.kind).toBe('unauthorized');
    expect(refused.message).toBe(
      `the GitHub API at ${server.url} refused the token (401) (Bad credentials) reading acme/widgets crds at v1.`,
    );
    expect(refused.message).not.toContain('ghs_wrongTokenAbcdef');
    const anonymous = createContentsClient({ apiUrl: server.url });
    expect(anonymous.hasToken).toBe(false);
    const missing = await failure(anonymous.get({ owner: 'acme', repo: 'widgets', path: 'crds', ref: 'v1' }));
    expect(missing.message).toBe(
      `the GitHub API at ${server.url} asks for credentials (401) reading acme/widgets crds at v1. No GitHub token was given (GITHUB_TOKEN, --github-token, or the action input github-token).`,
    );
  });

  it('retries server errors, not client errors', async () => {
    const client = createContentsClient({
      apiUrl: server.url,
      token: TOKEN,
      policy: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 10, totalBudgetMs: 100 },
    });
    server.inject({ path: /\/contents\/crds$/, status: 502, times: 1 });
    const dir = await client.get({ owner: 'acme', repo: 'widgets', path: 'crds', ref: 'v1' });
    expect(dir.type).toBe('dir');
    server.inject({ path: /\/contents\/crds$/, status: 403, message: 'Resource not accessible', times: 1 });
    const forbidden = await failure(client.get({ owner: 'acme', repo: 'widgets', path: 'crds', ref: 'v1' }));
    expect(forbidden.kind).toBe('forbidden');
    server.clearFaults();
  });

  it('gives up on an API it cannot reach, once for the run', async () => {
    const nowhere = await closedPortUrl();
    const client = createContentsClient({
      apiUrl: nowhere,
      policy: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 10, totalBudgetMs: 100 },
    });
    const first = await failure(client.get({ owner: 'acme', repo: 'widgets', path: 'crds', ref: 'v1' }));
    expect(first.kind).toBe('unreachable');
    expect(first.message.startsWith(`could not reach the GitHub API at ${nowhere}: ECONNREFUSED`)).toBe(true);
    expect(first.message).toContain('No GitHub token was given');
    const second = await failure(client.get({ owner: 'acme', repo: 'widgets', path: 'other', ref: 'v1' }));
    expect(second).toBe(first);
  });

  it('follows redirects on the API origin only, so the token goes nowhere else', async () => {
    const seen: string[] = [];
    const fake = (location: string) =>
      (async (input: string | URL | Request, init?: RequestInit) => {
        const url = String(input);
        seen.push(`${url} ${new Headers(init?.headers).get('authorization') ?? ''}`);
        if (url.includes('/contents/old')) return new Response(null, { status: 301, headers: { location } });
        return new Response(JSON.stringify({ type: 'file', encoding: 'base64', content: 'aGk=', size: 2 }), {
          status: 200,
        });
      }) as typeof fetch;
    const same = createContentsClient({
      apiUrl: 'https://api.github.test',
      token: TOKEN,
      fetch: fake('https://api.github.test/repositories/1/contents/new'),
    });
    const moved = await same.get({ owner: 'acme', repo: 'old', path: 'old', ref: 'v1' });
    expect(moved.type === 'file' && moved.content.toString()).toBe('hi');
    expect(seen).toEqual([
      `https://api.github.test/repos/acme/old/contents/old?ref=v1 Bearer ${TOKEN}`,
      `https://api.github.test/repositories/1/contents/new Bearer ${TOKEN}`,
    ]);
    seen.length = 0;
    const elsewhere = createContentsClient({
      apiUrl: 'https://api.github.test',
      token: TOKEN,
      fetch: fake('https://evil.test/steal'),
    });
    const error = await failure(elsewhere.get({ owner: 'acme', repo: 'old', path: 'old' }));
    expect(error.message).toBe(
      'the GitHub API at https://api.github.test redirected to https://evil.test: not followed',
    );
    expect(seen).toHaveLength(1);
  });

  it('builds contents URLs with each path segment encoded', () => {
    expect(
      contentsUrl('https://ghe.example.com/api/v3/', {
        owner: 'acme',
        repo: 'widgets',
        path: 'a b/c#d.yaml',
        ref: 'refs/heads/main',
      }).toString(),
    ).toBe(
      'https://ghe.example.com/api/v3/repos/acme/widgets/contents/a%20b/c%23d.yaml?ref=refs%2Fheads%2Fmain',
    );
  });
});
