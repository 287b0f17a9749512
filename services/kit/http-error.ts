/** The one error shape every route answers with: { statusCode, error, code, message }. */

/** A client error with an HTTP status and a stable code. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  /** Seconds a client should wait before trying again (503, 429): sent as Retry-After. */
  readonly retryAfter?: number;
  constructor(statusCode: number, code: string, message: string, retryAfter?: number) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  423: 'Locked', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

export function errorBody(statusCode: number, code: string, message: string) {
  return { statusCode, error: REASONS[statusCode] ?? 'Error', code, message };
}

// Node socket errors, and Postgres' connection (08), admin shutdown / cannot connect now (57P0x) and
// statement timeout (57014) classes: the database is away or slow, not the request wrong.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57014', '57P01', '57P02', '57P03']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/** True when an error means the service's database cannot answer now (the request may be retried). */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  return UNAVAILABLE_CODES.has(code) || code.startsWith('08') || (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message));
}
