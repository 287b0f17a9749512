/**
 * One route under load: autocannon (the load generator Fastify's authors keep) against the serving process,
 * cycling through the route's sampled requests on every connection, bounded by time and by requests.
 */
import autocannon, { type Request } from 'autocannon';

export interface LoadResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers other than 2xx, connection errors and timeouts: all must be zero. */
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Status codes seen (for a route that fails, which). */
  statusCodes: Record<string, number>;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export async function loadRoute(url: string, requests: LoadRequest[], opts: { connections: number; seconds: number; maxRequests: number }): Promise<LoadResult> {
  let next = 0;
  const pick = (): LoadRequest => requests[next++ % requests.length];
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    maxOverallRequests: opts.maxRequests,
    timeout: 10,
    requests: [
      {
        setupRequest: (req: Request): Request => {
          const r = pick();
          return { ...req, method: r.method, path: r.path, headers: { ...(r.headers ?? {}), ...(r.body ? { 'content-type': 'application/json' } : {}) }, body: r.body };
        },
      },
    ],
  });
  const result = await instance;
  const codes: Record<string, number> = {};
  for (const [k, v] of Object.entries(result.statusCodeStats ?? {})) codes[k] = (v as { count: number }).count;
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / Math.max(result.duration, 0.001)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: codes,
  };
}
