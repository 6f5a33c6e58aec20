import { describe, expect, it } from '@jest/globals';
import { toFailedRequest } from '../../src/github/api.js';
import type { FailedRequest, RetryPolicy } from '../../src/github/retry.js';
import { DEFAULT_RETRY_POLICY, createRetryRunner, retryDelay, retryKind } from '../../src/github/retry.js';

function failure(
  status: number | undefined,
  headers: Record<string, string> = {},
  message = 'x',
): FailedRequest {
  return { ...(status !== undefined && { status }), message, headers };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly response: { headers: Record<string, string> } = { headers: {} },
  ) {
    super(message);
  }
}

describe('retryKind', () => {
  it('retries server errors, network errors and rate limits, nothing else', () => {
    for (const status of [500, 502, 503, 504]) expect(retryKind(failure(status))).toBe('server-error');
    expect(retryKind(failure(undefined))).toBe('server-error');
    expect(retryKind(failure(429))).toBe('rate-limit');
    expect(retryKind(failure(403, { 'retry-after': '30' }))).toBe('rate-limit');
    expect(retryKind(failure(403, { 'x-ratelimit-remaining': '0' }))).toBe('rate-limit');
    expect(retryKind(failure(403, {}, 'You have exceeded a secondary rate limit'))).toBe('rate-limit');
    expect(retryKind(failure(403, {}, 'Resource not accessible by integration'))).toBeUndefined();
    for (const status of [400, 401, 404, 409, 422]) expect(retryKind(failure(status))).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxRetries: 3 };
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('follows Retry-After (seconds or a date), the primary limit reset, else backs off', () => {
    expect(retryDelay(failure(429, { 'retry-after': '7' }), 0, policy, now)).toBe(7000);
    expect(retryDelay(failure(503, { 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), 0, policy, now)).toBe(
      5000,
    );
    const reset = String(now / 1000 + 20);
    expect(
      retryDelay(failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 0, policy, now),
    ).toBe(21000);
    expect(retryDelay(failure(403, {}, 'secondary rate limit'), 0, policy, now)).toBe(60000);
    expect([0, 1, 2].map((attempt) => retryDelay(failure(502), attempt, policy, now))).toEqual([
      1000, 2000, 4000,
    ]);
  });

  it('gives up after maxRetries, for long waits, and for what no retry fixes', () => {
    expect(retryDelay(failure(502), 3, policy, now)).toBeUndefined();
    expect(retryDelay(failure(429, { 'retry-after': '3600' }), 0, policy, now)).toBeUndefined();
    expect(retryDelay(failure(422), 0, policy, now)).toBeUndefined();
  });
});

describe('createRetryRunner', () => {
  function runner(policy: Partial<RetryPolicy> = {}) {
    const waits: number[] = [];
    const messages: string[] = [];
    const retry = createRetryRunner(toFailedRequest, {
      policy: { ...DEFAULT_RETRY_POLICY, ...policy },
      sleep: async (ms) => {
        waits.push(ms);
      },
      onRetry: (message) => messages.push(message),
    });
    return { retry, waits, messages };
  }

  function flaky(errors: Error[]) {
    let calls = 0;
    return {
      send: async () => {
        const error = errors[calls++];
        if (error) throw error;
        return 'ok';
      },
      calls: () => calls,
    };
  }

  it('retries until the request succeeds', async () => {
    const { retry, waits, messages } = runner();
    const request = flaky([
      new HttpError(502, 'Bad Gateway'),
      new HttpError(429, 'Too Many Requests', { headers: { 'retry-after': '2' } }),
    ]);
    await expect(retry.run(request.send, { label: 'GET /x' })).resolves.toBe('ok');
    expect(request.calls()).toBe(3);
    expect(waits).toEqual([1000, 2000]);
    expect(messages[1]).toBe('GET /x failed (429, rate limited): retrying in 2s');
  });

  it('is bounded: attempts per request and the total wait of the run', async () => {
    const { retry, waits } = runner({ maxRetries: 2 });
    const down = flaky(Array.from({ length: 10 }, () => new HttpError(503, 'Unavailable')));
    await expect(retry.run(down.send)).rejects.toThrow('Unavailable');
    expect(down.calls()).toBe(3);

    const budget = runner({ totalBudgetMs: 2500 });
    const limited = flaky(Array.from({ length: 10 }, () => new HttpError(502, 'Bad Gateway')));
    await expect(budget.retry.run(limited.send)).rejects.toThrow();
    expect(budget.waits).toEqual([1000]);
    expect(waits).toEqual([1000, 2000]);
  });

  it('leaves a 5xx on a request that may have been carried out to the caller, but still waits out rate limits', async () => {
    const { retry } = runner();
    const created = flaky([new HttpError(502, 'Bad Gateway')]);
    await expect(retry.run(created.send, { canRetryServerError: false })).rejects.toThrow('Bad Gateway');
    expect(created.calls()).toBe(1);
    const limited = flaky([new HttpError(403, 'secondary rate limit', { headers: { 'retry-after': '0' } })]);
    await expect(retry.run(limited.send, { canRetryServerError: false })).resolves.toBe('ok');
  });

  it('does not retry a read-only token or a validation error', async () => {
    const { retry } = runner();
    const denied = flaky([new HttpError(403, 'Resource not accessible by integration')]);
    await expect(retry.run(denied.send)).rejects.toThrow('Resource not accessible');
    expect(denied.calls()).toBe(1);
  });
});
