/**
 * The redirect map for a gateway or web server (`magemig export redirects`): streamed from the content
 * database in keyset pages, as CSV, JSON or an nginx `map` file.
 *
 * nginx: per store view, `map $uri $magemig_301_<code>` and `map $uri $magemig_302_<code>` with the
 * redirects only (a canonical path needs none); a server block then says
 *   if ($magemig_301_default) { return 301 $magemig_301_default; }
 * Keys and values are quoted ("\" and "\\" escaped); an entry nginx cannot hold literally (a "$", which
 * nginx would read as a variable, or a control character) is left out and counted in a comment. The file
 * sets map_hash_max_size / map_hash_bucket_size to fit its maps (nginx refuses bigger maps otherwise): include
 * one such file per http block.
 */
import type { Queryable } from '../kit/index.ts';

export type ExportFormat = 'nginx' | 'csv' | 'json';

export interface ExportRow {
  store: string;
  request_path: string;
  redirect_type: number;
  target_type: string;
  target_id: string | null;
  target_magento_id: number | null;
  target_path: string;
  category_id: string | null;
  category_magento_id: number | null;
  hops: number;
}

const PAGE = 10_000;

/** The store views to export: all but the admin scope, or the one named. */
export async function exportStores(db: Queryable, code?: string): Promise<Array<{ magentoId: number; code: string }>> {
  const { rows } = await db.query('SELECT magento_id, code FROM store WHERE magento_id > 0 AND ($1::text IS NULL OR code = $1) ORDER BY magento_id', [code ?? null]);
  return rows.map((r) => ({ magentoId: r.magento_id, code: r.code }));
}

/** Rows of a store in url_rewrite_id order, a page at a time (no whole map in memory); only redirects if asked. */
export async function* redirectRows(db: Queryable, store: { magentoId: number; code: string }, redirectType?: number): AsyncGenerator<ExportRow> {
  let after = -1;
  for (;;) {
    const { rows } = await db.query(
      `SELECT magento_id, request_path, redirect_type, target_type, target_id, target_magento_id, target_path, category_id, category_magento_id, hops
         FROM url_redirect WHERE store_magento_id = $1 AND magento_id > $2 AND ($3::smallint IS NULL OR redirect_type = $3)
        ORDER BY magento_id LIMIT ${PAGE}`,
      [store.magentoId, after, redirectType ?? null],
    );
    for (const r of rows) yield { store: store.code, ...r, magento_id: undefined } as ExportRow;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].magento_id;
  }
}

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS: Array<keyof ExportRow> = ['store', 'request_path', 'redirect_type', 'target_type', 'target_id', 'target_magento_id', 'target_path', 'category_id', 'category_magento_id', 'hops'];

/** nginx string literal, or null when nginx cannot hold the text literally. */
export function nginxQuote(s: string): string | null {
  if (s.includes('$') || /[\u0000-\u001f\u007f]/.test(s)) return null;
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const asUri = (path: string): string => (/^https?:\/\//i.test(path) ? path : `/${path.replace(/^\/+/, '')}`);

/** Writes the export, chunk by chunk, through `write` (which may apply back-pressure). Returns entry counts. */
export async function writeRedirectExport(
  db: Queryable,
  format: ExportFormat,
  write: (chunk: string) => Promise<void>,
  storeCode?: string,
): Promise<{ stores: number; entries: number; skipped: number }> {
  const stores = await exportStores(db, storeCode);
  let entries = 0;
  let skipped = 0;
  if (format === 'csv') {
    await write(`${CSV_COLUMNS.join(',')}\n`);
    for (const s of stores) {
      let buf = '';
      for await (const r of redirectRows(db, s)) {
        buf += `${CSV_COLUMNS.map((c) => csvField(r[c])).join(',')}\n`;
        entries++;
        if (buf.length > 1 << 16) { await write(buf); buf = ''; }
      }
      if (buf) await write(buf);
    }
  } else if (format === 'json') {
    await write('[');
    for (const s of stores) {
      let buf = '';
      for await (const r of redirectRows(db, s)) {
        buf += `${entries ? ',' : ''}\n${JSON.stringify(r)}`;
        entries++;
        if (buf.length > 1 << 16) { await write(buf); buf = ''; }
      }
      if (buf) await write(buf);
    }
    await write('\n]\n');
  } else {
    // Sizes first: nginx builds each map's hash at the end of the http block and refuses one that does not fit.
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, coalesce(max(length(request_path)), 0)::int AS longest FROM url_redirect
        WHERE redirect_type IN (301, 302) AND store_magento_id = ANY($1::int[])`,
      [stores.map((s) => s.magentoId)],
    );
    const pow2 = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(2, n)));
    await write(`# magemig redirect map (${stores.map((s) => s.code).join(', ')}): include in an http block, then per server:\n`);
    await write(`#   if ($magemig_301_<store>) { return 301 $magemig_301_<store>; }  (and the same for 302)\n`);
    await write(`map_hash_max_size ${pow2(Math.max(2048, rows[0].n * 2))};\nmap_hash_bucket_size ${pow2(Math.max(64, rows[0].longest + 32))};\n`);
    for (const s of stores) {
      for (const type of [301, 302]) {
        let buf = `\nmap $uri $magemig_${type}_${s.code} {\n    default "";\n`;
        for await (const r of redirectRows(db, s, type)) {
          const key = nginxQuote(asUri(r.request_path));
          const value = nginxQuote(asUri(r.target_path));
          if (key === null || value === null) { skipped++; continue; }
          buf += `    ${key} ${value};\n`;
          entries++;
          if (buf.length > 1 << 16) { await write(buf); buf = ''; }
        }
        await write(`${buf}}\n`);
      }
    }
    if (skipped) await write(`# ${skipped} redirect(s) left out: their path holds "$" or a control character, which an nginx map cannot hold literally\n`);
  }
  return { stores: stores.length, entries, skipped };
}
