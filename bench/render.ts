/** Turns results into the terminal table, the README's Markdown table and the scaling summary. Pure. */
import type { BenchResult, BenchRow, Machine, Measure, Tool } from './result.ts';
import { linearity } from './stats.ts';

export interface GridOptions {
  markdown?: boolean;
  /** Columns (by index) aligned left; the others are numbers, aligned right. */
  leftColumns?: number[];
}

/** A plain aligned text table, or a GitHub Markdown table. */
export function renderGrid(headers: string[], rows: string[][], opts: GridOptions = {}): string {
  const left = new Set(opts.leftColumns ?? [0]);
  // A Markdown rule needs at least three characters (---, --:).
  const widths = headers.map((h, i) => Math.max(h.length, opts.markdown ? 3 : 1, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (cell: string, i: number): string => (left.has(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]));
  if (opts.markdown) {
    const line = (cells: string[]): string => `| ${cells.map((c, i) => pad(c, i)).join(' | ')} |`;
    const rule = `|${widths.map((w, i) => (left.has(i) ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
  }
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, i)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** 1234567 -> "1,234,567"; null -> "-". */
export function formatInt(n: number | null | undefined): string {
  return n === null || n === undefined ? '-' : Math.round(n).toLocaleString('en-US');
}

/** Seconds with 3 significant-ish digits: 0.123, 1.23, 12.3, 123. */
export function formatSeconds(s: number | null | undefined): string {
  if (s === null || s === undefined) return '-';
  return s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : s.toFixed(0);
}

export function formatFixed(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined ? '-' : n.toFixed(digits);
}

export function formatRatio(r: number | null | undefined): string {
  return r === null || r === undefined ? '-' : `${r.toFixed(2)}x`;
}

const TOOL_LABEL: Record<Tool, string> = { raw: 'raw pipe', pgloader: 'pgloader', magemig: 'magemig' };
const TOOLS: Tool[] = ['raw', 'pgloader', 'magemig'];

function statusCell(m: Measure): string {
  return m.status === 'unavailable' ? 'n/a' : 'failed';
}

/** The main table: three lines per pipeline (raw pipe, pgloader, magemig). */
export function renderResultTable(result: BenchResult, opts: { markdown?: boolean } = {}): string {
  const headers = ['pipeline', 'tool', 'rows', 'seconds', 'rows/s', 'MB/s', 'peak RSS MB', 'vs raw', 'vs pgloader'];
  const rows: string[][] = [];
  for (const row of result.rows) {
    for (const tool of TOOLS) {
      const m = row[tool];
      const ok = m.status === 'ok';
      rows.push([
        row.pipeline,
        TOOL_LABEL[tool],
        formatInt(row.sourceRows),
        ok ? formatSeconds(m.seconds) : statusCell(m),
        ok ? formatInt(m.rowsPerSecond) : '-',
        ok ? formatFixed(m.mbPerSecond) : '-',
        tool === 'magemig' && ok ? formatInt(m.peakRssMb) : '-',
        tool === 'magemig' ? formatRatio(row.vsRaw) : '-',
        tool === 'magemig' ? formatRatio(row.vsPgloader) : '-',
      ]);
    }
  }
  return renderGrid(headers, rows, { markdown: opts.markdown, leftColumns: [0, 1] });
}

/** Lines explaining every n/a, failure and remark in the table, so nothing is silently skipped. */
export function renderRemarks(result: BenchResult): string[] {
  const out: string[] = [];
  for (const row of result.rows) {
    for (const tool of TOOLS) {
      const m = row[tool];
      if (m.message) out.push(`${TOOL_LABEL[tool]} ${row.pipeline}: ${m.status === 'ok' ? '' : `${m.status}: `}${m.message}`);
    }
    if (row.missingTables.length > 0) out.push(`${row.pipeline}: absent from this source, not copied: ${row.missingTables.join(', ')}`);
  }
  return [...result.notes, ...out];
}

export function renderMachine(m: Machine): string {
  return [
    `${m.nproc} CPU (${m.cpu}), ${m.ramGb} GB RAM, ${m.os}`,
    `Node ${m.node}, MariaDB ${m.mariadb}, PostgreSQL ${m.postgres}, pgloader ${m.pgloader ?? 'not installed'}`,
  ].join('\n');
}

/** The whole report of one run, as printed at its end. */
export function renderReport(result: BenchResult): string {
  const head = `magemig benchmark: profile ${result.profile} (${result.edition}, source ${result.sourceDatabase}), median of ${result.runs} run(s)`;
  const remarks = renderRemarks(result);
  const targets = renderTargets(result);
  return [
    head,
    renderMachine(result.machine),
    '',
    renderResultTable(result),
    ...(remarks.length ? ['', ...remarks.map((r) => `- ${r}`)] : []),
    ...(targets.length ? ['', 'Targets (issue 4):', ...targets.map((t) => `- ${t}`)] : []),
  ].join('\n');
}

function findRow(result: BenchResult, pipeline: string): BenchRow | undefined {
  return result.rows.find((r) => r.pipeline === pipeline);
}

/**
 * Memory and scaling across profiles (each the latest result of its profile, smallest first):
 * magemig's peak RSS per profile (it must stay flat: streaming, not buffering), and for every pair of
 * consecutive profiles the time ratio against the row ratio (1.0 = linear).
 */
export function renderScaling(results: BenchResult[], opts: { markdown?: boolean } = {}): string {
  if (results.length < 2) return '';
  const pipelines = [...new Set(results.flatMap((r) => r.rows.map((row) => row.pipeline)))];
  const rssHeaders = ['pipeline', ...results.map((r) => `${r.profile} MB`)];
  const rssRows = pipelines
    .filter((p) => results.some((r) => findRow(r, p)?.magemig.status === 'ok'))
    .map((p) => [p, ...results.map((r) => {
      const m = findRow(r, p)?.magemig;
      return m && m.status === 'ok' ? formatInt(m.peakRssMb) : '-';
    })]);
  const out = rssRows.length > 0 ? ['Peak RSS of magemig per profile (must not grow with the store):', renderGrid(rssHeaders, rssRows, opts)] : [];

  const linHeaders = ['pipeline', 'tool', 'profiles', 'row ratio', 'time ratio', 'linearity'];
  const linRows: string[][] = [];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    for (const p of pipelines) {
      const [ra, rb] = [findRow(a, p), findRow(b, p)];
      if (!ra || !rb) continue;
      for (const tool of ['raw', 'magemig'] as const) {
        const [sa, sb] = [ra[tool].seconds, rb[tool].seconds];
        if (sa === null || sb === null) continue;
        linRows.push([
          p,
          TOOL_LABEL[tool],
          `${a.profile} -> ${b.profile}`,
          formatFixed(rb.sourceRows / ra.sourceRows, 2),
          formatFixed(sb / sa, 2),
          formatFixed(linearity(ra.sourceRows, sa, rb.sourceRows, sb), 2),
        ]);
      }
    }
  }
  if (linRows.length > 0) {
    if (out.length > 0) out.push('');
    out.push('Scaling (linearity = time ratio / row ratio; 1.00 is linear, above 1 grows faster than the data):');
    out.push(renderGrid(linHeaders, linRows, { ...opts, leftColumns: [0, 1, 2] }));
  }
  return out.join('\n');
}

/** One line per target of issue 4 that this result can speak to: met or missed, with the number. */
export function renderTargets(result: BenchResult): string[] {
  const out: string[] = [];
  const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const catalog = findRow(result, 'catalog');
  if (catalog && catalog.magemig.seconds !== null && catalog.raw.seconds !== null) {
    const ratio = catalog.magemig.seconds / catalog.raw.seconds;
    const scope = result.profile === 'medium' ? '' : ' (the target is set on medium)';
    out.push(`catalog: ${ratio.toFixed(2)}x the raw pipe's time, target at most 1.5x${scope}: ${verdict(ratio <= 1.5)}`);
  }
  const order = findRow(result, 'order');
  if (order && order.vsRaw !== null) out.push(`order (flat tables): ${formatRatio(order.vsRaw)} the raw pipe's throughput, target at least 0.85x: ${verdict(order.vsRaw >= 0.85)}`);
  if (order && order.vsPgloader !== null) out.push(`order (flat tables): ${formatRatio(order.vsPgloader)} pgloader's throughput, target at least 3x: ${verdict(order.vsPgloader >= 3)}`);
  const peak = Math.max(...result.rows.map((r) => r.magemig.peakRssMb ?? 0));
  if (peak > 0) out.push(`peak RSS: ${formatInt(peak)} MB, target under 300 MB on large (flat across profiles): ${verdict(peak < 300)}`);
  if (result.profile === 'large') {
    if (catalog?.magemig.seconds != null) out.push(`large catalog: ${formatSeconds(catalog.magemig.seconds)} s, target under 180 s: ${verdict(catalog.magemig.seconds < 180)}`);
    const all = findRow(result, 'all');
    if (all?.magemig.seconds != null) out.push(`large whole migrate: ${formatSeconds(all.magemig.seconds)} s, target under 300 s once every pipeline exists: ${verdict(all.magemig.seconds < 300)}`);
  }
  return out;
}
