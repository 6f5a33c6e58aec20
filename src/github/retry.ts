/** What the retry logic needs to know about a failed request (an Octokit RequestError, or a network error). */
export interface FailedRequest {
  status?: number;
  message: string;
  headers: Readonly<Record<string, string | number | undefined>>;
}

export interface RetryPolicy {
  /** Retries of one request after its first attempt. */
  maxRetries: number;
  /** Back-off for server errors without Retry-After: base * 2^attempt. */
  baseDelayMs: number;
  /** A single wait longer than this is not worth it: the request fails instead. */
  maxDelayMs: number;
  /** Total waiting allowed for all requests of a run. */
  totalBudgetMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  totalBudgetMs: 120_000,
};

const SERVER_ERRORS = new Set([500, 502, 503, 504]);
/** GitHub asks clients to wait at least a minute after a secondary rate limit without Retry-After. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

export type RetryKind = 'server-error' | 'rate-limit';

/** The kind of transient failure, or undefined when retrying cannot help (4xx, read-only token, ...). */
export function retryKind(error: FailedRequest): RetryKind | undefined {
  const status = error.status;
  if (status === undefined || SERVER_ERRORS.has(status)) return 'server-error';
  if (status === 429) return 'rate-limit';
  if (status === 403) {
    if (header(error, 'retry-after') !== undefined) return 'rate-limit';
    if (header(error, 'x-ratelimit-remaining') === '0') return 'rate-limit';
    if (/rate limit|abuse detection/i.test(error.message)) return 'rate-limit';
  }
  return undefined;
}

/**
 * How long to wait before retry number `attempt` (0-based), or undefined to give up. Retry-After wins;
 * a primary rate limit waits for its reset; server errors back off exponentially.
 */
export function retryDelay(error: FailedRequest, attempt: number, policy: RetryPolicy, now = Date.now()) {
  const kind = retryKind(error);
  if (kind === undefined || attempt >= policy.maxRetries) return undefined;
  let delay: number;
  const retryAfter = header(error, 'retry-after');
  const reset = header(error, 'x-ratelimit-reset');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) {
    delay = Number(retryAfter) * 1000;
  } else if (retryAfter !== undefined && !Number.isNaN(Date.parse(retryAfter))) {
    delay = Math.max(0, Date.parse(retryAfter) - now);
  } else if (kind === 'rate-limit' && header(error, 'x-ratelimit-remaining') === '0' && reset) {
    delay = Math.max(0, Number(reset) * 1000 - now) + 1000;
  } else if (kind === 'rate-limit') {
    delay = SECONDARY_LIMIT_WAIT_MS;
  } else {
    delay = policy.baseDelayMs * 2 ** attempt;
  }
  return delay <= policy.maxDelayMs ? delay : undefined;
}

function header(error: FailedRequest, name: string): string | undefined {
  const value = error.headers[name];
  return value === undefined ? undefined : String(value);
}

export interface RetryRunner {
  /**
   * Runs `send` until it succeeds or fails for good. `canRetryServerError: false` is for requests that GitHub
   * may have carried out before answering 5xx (creating a review): the caller checks and retries itself.
   */
  run<T>(send: () => Promise<T>, opts?: { canRetryServerError?: boolean; label?: string }): Promise<T>;
}

export function createRetryRunner(
  toFailed: (error: unknown) => FailedRequest,
  opts: {
    policy?: RetryPolicy;
    sleep?: (ms: number) => Promise<void>;
    onRetry?: (message: string) => void;
  } = {},
): RetryRunner {
  const policy = opts.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let waited = 0;
  return {
    async run(send, runOpts = {}) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await send();
        } catch (error) {
          const failed = toFailed(error);
          const kind = retryKind(failed);
          if (kind === 'server-error' && runOpts.canRetryServerError === false) throw error;
          const delay = retryDelay(failed, attempt, policy);
          if (delay === undefined || waited + delay > policy.totalBudgetMs) throw error;
          waited += delay;
          opts.onRetry?.(
            `${runOpts.label ?? 'GitHub request'} failed (${failed.status ?? 'network error'}${
              kind === 'rate-limit' ? ', rate limited' : ''
            }): retrying in ${Math.round(delay / 1000)}s`,
          );
          await sleep(delay);
        }
      }
    },
  };
}
