// Reads files and directories of a GitHub repository at a ref through the REST contents API
// (`GET /repos/{owner}/{repo}/contents/{path}?ref=`), with plain fetch: no Octokit, no @actions imports, so the
// render code can use it. The token goes to the configured API URL only and never into a message.
import { TOOL_NAME, TOOL_VERSION } from '../meta.js';
import type { FailedRequest, RetryPolicy } from './retry.js';
import { createRetryRunner } from './retry.js';

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

export interface ContentsRequest {
  owner: string;
  repo: string;
  /** Repo-relative, `''` for the root. */
  path: string;
  /** A branch, tag or commit; the repository's default branch when undefined. */
  ref?: string;
}

export interface DirectoryEntry {
  name: string;
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'submodule';
  size: number;
}

export type ContentsResult =
  | { type: 'file'; content: Buffer }
  | { type: 'dir'; entries: DirectoryEntry[] }
  /** A symlink that does not point at a file in the repository, or a submodule. */
  | { type: 'symlink' | 'submodule' };

export type ContentsErrorKind =
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'unreachable'
  | 'too-large'
  | 'invalid-response'
  | 'http-error';

/** A failed read. The message names the API, the repository, the path and the ref; never the token. */
export class ContentsError extends Error {
  constructor(
    readonly kind: ContentsErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ContentsError';
  }
}

export type FetchContents = (request: ContentsRequest) => Promise<ContentsResult>;

export interface ContentsClient {
  get: FetchContents;
  /** The API URL as shown in messages (without any user:password part). */
  readonly apiUrl: string;
  readonly hasToken: boolean;
}

export interface ContentsClientOptions {
  /** `GITHUB_API_URL`; https://api.github.com by default. */
  apiUrl?: string;
  token?: string;
  /** Per request. */
  timeoutMs?: number;
  /** Largest file read, in bytes. */
  maxFileBytes?: number;
  policy?: RetryPolicy;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
/** A directory listing is JSON of its entries: bounded too. */
const MAX_LISTING_BYTES = 4 * 1024 * 1024;
const MAX_REDIRECTS = 3;
/** Renders should not wait long: a few quick retries of server errors, no waiting out rate limits. */
const CONTENTS_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  totalBudgetMs: 30_000,
};

/** Thrown inside the retry loop, so retry.ts can tell transient failures from final ones. */
class HttpFailure extends Error {
  constructor(
    readonly failed: FailedRequest,
    readonly githubMessage: string,
  ) {
    super(failed.message);
  }
}

export function createContentsClient(options: ContentsClientOptions = {}): ContentsClient {
  let base: URL;
  try {
    base = new URL(options.apiUrl || DEFAULT_GITHUB_API_URL);
  } catch {
    const error = new ContentsError(
      'unreachable',
      `the GitHub API URL is not a URL: '${options.apiUrl ?? ''}'`,
    );
    return { apiUrl: options.apiUrl ?? '', hasToken: !!options.token, get: () => Promise.reject(error) };
  }
  base.username = '';
  base.password = '';
  const apiUrl = base.toString().replace(/\/+$/, '');
  const token = options.token || undefined;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const runner = createRetryRunner(
    // Anything but an HTTP failure (a too-large answer, a redirect elsewhere) is final: no status retry.ts retries.
    (error) =>
      error instanceof HttpFailure ? error.failed : { status: -1, message: String(error), headers: {} },
    { policy: options.policy ?? CONTENTS_RETRY_POLICY, ...(options.sleep && { sleep: options.sleep }) },
  );
  /** Once the API cannot be reached, the rest of the run does not wait for it again. */
  let unreachable: ContentsError | undefined;

  const noToken = token
    ? ''
    : ' No GitHub token was given (GITHUB_TOKEN, --github-token, or the action input github-token).';

  /** One GET, following redirects on the API's own origin only (so the token never goes anywhere else). */
  async function send(url: URL, accept: string, limit: number): Promise<{ body: Buffer; type: string }> {
    let current = url;
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await doFetch(current, {
          method: 'GET',
          redirect: 'manual',
          headers: {
            accept,
            'user-agent': `${TOOL_NAME}/${TOOL_VERSION}`,
            'x-github-api-version': '2022-11-28',
            ...(token && { authorization: `Bearer ${token}` }),
          },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        // No status: retry.ts treats it as transient.
        throw new HttpFailure({ message: networkCause(error), headers: {} }, '');
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current);
        if (next.origin !== base.origin || hop >= MAX_REDIRECTS) {
          throw new ContentsError(
            'http-error',
            `the GitHub API at ${apiUrl} redirected to ${next.origin}: not followed`,
            response.status,
          );
        }
        current = next;
        continue;
      }
      if (!response.ok) {
        const text = (await readCapped(response, 64 * 1024).catch(() => Buffer.alloc(0))).toString('utf8');
        let githubMessage = '';
        try {
          const parsed = JSON.parse(text) as { message?: unknown };
          if (typeof parsed.message === 'string') githubMessage = parsed.message.slice(0, 200);
        } catch {
          // not JSON
        }
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => (headers[name] = value));
        throw new HttpFailure(
          { status: response.status, message: githubMessage || response.statusText, headers },
          githubMessage,
        );
      }
      const body = await readCapped(response, limit);
      return { body, type: response.headers.get('content-type') ?? '' };
    }
  }

  async function request(
    url: URL,
    accept: string,
    limit: number,
    what: string,
  ): Promise<{ body: Buffer; type: string }> {
    if (unreachable) throw unreachable;
    try {
      return await runner.run(() => send(url, accept, limit), { label: `GET ${url.pathname}` });
    } catch (error) {
      if (error instanceof ContentsError) throw error;
      if (!(error instanceof HttpFailure)) throw error;
      const { status } = error.failed;
      const said = error.githubMessage ? ` (${scrub(error.githubMessage, token)})` : '';
      if (status === undefined) {
        unreachable = new ContentsError(
          'unreachable',
          `could not reach the GitHub API at ${apiUrl}: ${scrub(error.failed.message, token)}.${noToken}`,
        );
        throw unreachable;
      }
      if (status === 404) {
        throw new ContentsError(
          'not-found',
          `the GitHub API at ${apiUrl} found no ${what} (404)${said}: check the repository, the path and the ref${token ? '' : ', and give a token if the repository is private'}.${noToken}`,
          status,
        );
      }
      if (status === 401) {
        throw new ContentsError(
          'unauthorized',
          token
            ? `the GitHub API at ${apiUrl} refused the token (401)${said} reading ${what}.`
            : `the GitHub API at ${apiUrl} asks for credentials (401) reading ${what}.${noToken}`,
          status,
        );
      }
      if (status === 429 || (status === 403 && /rate limit/i.test(error.failed.message))) {
        throw new ContentsError(
          'rate-limited',
          `the GitHub API at ${apiUrl} rate-limited reading ${what} (${status})${said}.${token ? '' : ' Without a token GitHub allows 60 requests an hour.'}${noToken}`,
          status,
        );
      }
      if (status === 403) {
        throw new ContentsError(
          'forbidden',
          `the GitHub API at ${apiUrl} refused reading ${what} (403)${said}.${noToken}`,
          status,
        );
      }
      throw new ContentsError(
        'http-error',
        `the GitHub API at ${apiUrl} answered ${status}${said} reading ${what}.`,
        status,
      );
    }
  }

  return {
    apiUrl,
    hasToken: token !== undefined,
    async get({ owner, repo, path, ref }) {
      const what = `${owner}/${repo}${path ? ` ${path}` : ''}${ref === undefined ? '' : ` at ${ref}`}`;
      const url = contentsUrl(apiUrl, { owner, repo, path, ...(ref !== undefined && { ref }) });
      const { body } = await request(url, 'application/vnd.github+json', MAX_LISTING_BYTES, what).catch(
        (error: unknown) => {
          if (error instanceof ContentsError && error.kind === 'too-large') {
            throw new ContentsError('too-large', `${what} is larger than ${MAX_LISTING_BYTES} bytes`);
          }
          throw error;
        },
      );
      let data: unknown;
      try {
        data = JSON.parse(body.toString('utf8'));
      } catch {
        throw new ContentsError(
          'invalid-response',
          `the GitHub API at ${apiUrl} answered ${what} with no JSON`,
        );
      }
      if (Array.isArray(data)) return { type: 'dir', entries: directoryEntries(data) };
      if (typeof data !== 'object' || data === null)
        throw new ContentsError(
          'invalid-response',
          `the GitHub API at ${apiUrl} answered ${what} with no object`,
        );
      const item = data as Record<string, unknown>;
      if (item.type === 'symlink' || item.type === 'submodule') return { type: item.type };
      if (item.type !== 'file')
        throw new ContentsError(
          'invalid-response',
          `the GitHub API at ${apiUrl} answered ${what} with an unknown type '${String(item.type)}'`,
        );
      const size = typeof item.size === 'number' ? item.size : 0;
      if (size > maxFileBytes) {
        throw new ContentsError('too-large', `${what} is ${size} bytes, over the limit of ${maxFileBytes}`);
      }
      if (item.encoding === 'base64' && typeof item.content === 'string') {
        const content = Buffer.from(item.content, 'base64');
        if (content.length > maxFileBytes)
          throw new ContentsError('too-large', `${what} is over the limit of ${maxFileBytes} bytes`);
        return { type: 'file', content };
      }
      // Files of 1 to 100 MB come without content in JSON: ask for the raw bytes.
      const raw = await request(url, 'application/vnd.github.raw+json', maxFileBytes, what).catch(
        (error: unknown) => {
          if (error instanceof ContentsError && error.kind === 'too-large')
            throw new ContentsError('too-large', `${what} is over the limit of ${maxFileBytes} bytes`);
          throw error;
        },
      );
      return { type: 'file', content: raw.body };
    },
  };
}

/** `<api>/repos/OWNER/REPO/contents/PATH?ref=REF`, each path segment encoded. */
export function contentsUrl(apiUrl: string, request: ContentsRequest): URL {
  const segments = request.path === '' ? [] : request.path.split('/').map(encodeURIComponent);
  const url = new URL(
    `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}/contents/${segments.join('/')}`,
  );
  if (request.ref !== undefined) url.searchParams.set('ref', request.ref);
  return url;
}

function directoryEntries(data: unknown[]): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const item of data) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, path, type, size } = item as Record<string, unknown>;
    if (typeof name !== 'string' || typeof path !== 'string') continue;
    if (type !== 'file' && type !== 'dir' && type !== 'symlink' && type !== 'submodule') continue;
    entries.push({ name, path, type, size: typeof size === 'number' ? size : 0 });
  }
  return entries;
}

/** The body, or a too-large error once it passes `limit` bytes (the rest is not read). */
async function readCapped(response: Response, limit: number): Promise<Buffer> {
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > limit) {
    await response.body?.cancel();
    throw new ContentsError('too-large', `the answer is ${length} bytes, over the limit of ${limit}`);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ContentsError('too-large', `the answer is over the limit of ${limit} bytes`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

function networkCause(error: unknown): string {
  const record = error as {
    name?: unknown;
    message?: unknown;
    cause?: { code?: unknown; message?: unknown };
  };
  if (record?.name === 'TimeoutError') return 'the request timed out';
  const code = typeof record?.cause?.code === 'string' ? record.cause.code : undefined;
  const cause = typeof record?.cause?.message === 'string' ? record.cause.message : undefined;
  const message = typeof record?.message === 'string' ? record.message : String(error);
  return code ? `${code}${cause && !cause.includes(code) ? ` (${cause})` : ''}` : (cause ?? message);
}

function scrub(text: string, token: string | undefined): string {
  return token ? text.split(token).join('(masked)') : text;
}
