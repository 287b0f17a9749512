/**
 * One place that decides what an error means for a run (the brief: "classify errors once").
 *  - retryable: a transient fault (lost connection, deadlock, serialization failure); retry the batch.
 *  - reject:    the row is bad data; it goes to the rejects table and the run goes on.
 *  - fatal:     the run cannot go on (bad credentials, missing database, bug); stop with a one-line reason.
 */
export type ErrorKind = 'retryable' | 'reject' | 'fatal';

export class MagemigError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  constructor(code: string, message: string, kind: ErrorKind = 'fatal', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MagemigError';
    this.code = code;
    this.kind = kind;
  }
}

const RETRYABLE_NODE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'PROTOCOL_CONNECTION_LOST']);
// MySQL: 1205 lock wait timeout, 1213 deadlock, 2006/2013 server gone / lost connection.
const RETRYABLE_MYSQL_ERRNO = new Set([1205, 1213, 2006, 2013]);
// Postgres SQLSTATE classes: 40 transaction rollback (40001 serialization, 40P01 deadlock), 08 connection.
const RETRYABLE_PG_PREFIX = ['40', '08', '57P'];
// Postgres data errors (class 22) and constraint violations (class 23) are about the row, not the run.
const REJECT_PG_PREFIX = ['22', '23'];

export function classifyError(err: unknown): ErrorKind {
  if (err instanceof MagemigError) return err.kind;
  const e = err as { code?: unknown; errno?: unknown } | null;
  if (!e || typeof e !== 'object') return 'fatal';
  const code = typeof e.code === 'string' ? e.code : '';
  if (RETRYABLE_NODE_CODES.has(code)) return 'retryable';
  if (typeof e.errno === 'number' && RETRYABLE_MYSQL_ERRNO.has(e.errno)) return 'retryable';
  if (/^[0-9A-Z]{5}$/.test(code)) {
    if (RETRYABLE_PG_PREFIX.some((p) => code.startsWith(p))) return 'retryable';
    if (REJECT_PG_PREFIX.some((p) => code.startsWith(p))) return 'reject';
  }
  return 'fatal';
}

/** A one-line, secret-free description of an error for the terminal. */
export function describeError(err: unknown): string {
  if (err instanceof MagemigError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? String(err);
  return String(err);
}
