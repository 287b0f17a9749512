/**
 * Retries of retryable errors (core/errors.ts classifyError): a batch write is retried with p-retry on a
 * fresh connection, with exponential backoff. Rejects and fatal errors are never retried.
 */
import pRetry from 'p-retry';
import { classifyError, describeError, MagemigError } from '../core/errors.ts';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff (ms); doubles on each retry up to maxTimeout. */
  minTimeout: number;
  maxTimeout: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, minTimeout: 500, maxTimeout: 8_000 };

/**
 * Runs `attempt` (given its 1-based number) until it succeeds, a non-retryable error occurs, or the retries are spent. `prepare`
 * runs before every attempt after the first (e.g. open a fresh connection). When the retries are spent
 * the error becomes fatal, so an outer retry loop does not retry it once more.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  attempt: (n: number) => Promise<T>,
  hooks: { prepare?: () => Promise<void>; onRetry?: (attempt: number, err: unknown) => void } = {},
): Promise<T> {
  let n = 0;
  try {
    return await pRetry(
      async () => {
        if (n++ > 0 && hooks.prepare) await hooks.prepare();
        return attempt(n);
      },
      {
        retries: policy.retries,
        minTimeout: policy.minTimeout,
        maxTimeout: policy.maxTimeout,
        factor: 2,
        shouldRetry: ({ error }) => classifyError(error) === 'retryable',
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
          if (retriesLeft > 0 && classifyError(error) === 'retryable') hooks.onRetry?.(attemptNumber, error);
        },
      },
    );
  } catch (err) {
    if (classifyError(err) === 'retryable') {
      throw new MagemigError('RETRIES_EXHAUSTED', `${describeError(err)} (after ${n} attempts)`, 'fatal', { cause: err });
    }
    throw err;
  }
}

/** Backoff of the n-th consecutive retry (1-based), for loops that cannot use p-retry directly. */
export function backoffMs(policy: RetryPolicy, n: number): number {
  return Math.min(policy.maxTimeout, policy.minTimeout * 2 ** (n - 1));
}
