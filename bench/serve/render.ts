/** The serve benchmark's results as Markdown (the bench README keeps the latest). */
import type { LoadResult } from './load.ts';

export interface RouteResult {
  route: string;
  service: string;
  target: { rps: number; p99Ms?: number };
  keys?: number;
  load?: LoadResult;
  rssBefore?: number;
  rssAfter?: number;
  skipped?: string;
}

export interface ServeResult {
  store: string;
  finishedAt: string;
  connections: number;
  seconds: number;
  peakRss: number;
  routes: RouteResult[];
}

const mb = (n: number | undefined): string => (n === undefined ? '-' : `${Math.round(n / 1048576)}`);

export function meetsTarget(r: RouteResult): boolean {
  if (!r.load) return false;
  const errors = r.load.non2xx + r.load.errors + r.load.timeouts;
  return errors === 0 && r.load.rps >= r.target.rps && (r.target.p99Ms === undefined || r.load.p99Ms < r.target.p99Ms);
}

export function renderServeTable(results: ServeResult[]): string {
  const out: string[] = [];
  for (const s of results) {
    out.push(`### ${s.store} (${s.connections} connections, ${s.seconds} s per route; server peak RSS ${mb(s.peakRss)} MB)`, '');
    out.push('| route | req/s | p50 ms | p99 ms | max ms | errors | RSS start-end MB | target | met |', '|---|---:|---:|---:|---:|---:|---|---|---|');
    for (const r of s.routes) {
      const t = r.target.rps === 0 ? 'none (slow on purpose), no errors' : `${r.target.rps.toLocaleString('en-US')}/s${r.target.p99Ms ? `, p99 < ${r.target.p99Ms} ms` : ''}`;
      if (!r.load) {
        out.push(`| ${r.route} | - | - | - | - | - | - | ${t} | ${r.skipped ?? '-'} |`);
        continue;
      }
      const l = r.load;
      const errors = l.non2xx + l.errors + l.timeouts;
      out.push(`| ${r.route} | ${l.rps.toLocaleString('en-US')} | ${l.p50Ms} | ${l.p99Ms} | ${l.maxMs} | ${errors}${errors ? ` (${Object.entries(l.statusCodes).filter(([c]) => !c.startsWith('2')).map(([c, n]) => `${c}: ${n}`).join(', ')})` : ''} | ${mb(r.rssBefore)}-${mb(r.rssAfter)} | ${t} | ${meetsTarget(r) ? 'yes' : 'NO'} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
