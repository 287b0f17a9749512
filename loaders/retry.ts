/**
 * The one retry loop (p-retry) for retryable errors (core/errors.ts classifyError): an attempt is retried on
 * fresh connections (`prepare`), with exponential backoff. Rejects and fatal errors are never retried.
 */
import { setTimeout as delay } from 'node:timers/promises';
import pRetry from 'p-retry';
import { classifyError, describeError, MagemigError } from '../core/errors.ts';

export interface RetryPolicy {
  /** Retries after the first attempt (consecutive failures, when the attempt reports its progress). */
  retries: number;
  /** First backoff (ms); doubles on each retry up to maxTimeout. */
  minTimeout: number;
  maxTimeout: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, minTimeout: 500, maxTimeout: 8_000 };

export interface RetryHooks {
  /** Runs before every attempt after the first (e.g. open fresh connections). */
  prepare?: () => Promise<void>;
  onRetry?: (attempt: number, err: unknown) => void;
  /**
   * Asked after a failure: did the attempt make progress since the previous failure? Then the failure does
   * not consume a retry (a long run may meet many transient faults, never many in a row).
   */
  progressed?: () => boolean;
}

/**
 * Runs `attempt` (given its 1-based number) until it succeeds, a non-retryable error occurs, or the retries
 * are spent. When they are, the error becomes fatal, so an outer loop does not retry it once more.
 */
export async function withRetry<T>(policy: RetryPolicy, attempt: (n: number) => Promise<T>, hooks: RetryHooks = {}): Promise<T> {
  let n = 0;
  let unconsumed = false;
  try {
    return await pRetry(
      async () => {
        if (n++ > 0) {
          // A failure that did not consume a retry gets no backoff from p-retry: wait the first backoff anyway.
          if (unconsumed) await delay(policy.minTimeout);
          if (hooks.prepare) await hooks.prepare();
        }
        return attempt(n);
      },
      {
        retries: policy.retries,
        minTimeout: policy.minTimeout,
        maxTimeout: policy.maxTimeout,
        factor: 2,
        shouldConsumeRetry: ({ error }) => {
          unconsumed = classifyError(error) === 'retryable' && (hooks.progressed?.() ?? false);
          return !unconsumed;
        },
        shouldRetry: ({ error }) => classifyError(error) === 'retryable',
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
          if ((retriesLeft > 0 || unconsumed) && classifyError(error) === 'retryable') hooks.onRetry?.(attemptNumber, error);
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
