/**
 * Encodes rows for `COPY t (cols) FROM STDIN` in Postgres' text format: one line per row, values separated
 * by tabs, `\N` for NULL, and backslash, tab, newline and carriage return escaped with a backslash
 * (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2).
 *
 * Values:
 *  - null / undefined  -> \N
 *  - string            -> as is (escaped); into a json/jsonb column a string is taken as JSON text
 *  - number / bigint   -> decimal text (NaN, Infinity, -Infinity as Postgres spells them)
 *  - boolean           -> t / f
 *  - Date              -> ISO 8601 UTC (an invalid Date is an entity bug: it throws)
 *  - Buffer, Uint8Array -> bytea hex (\x...)
 *  - array             -> a Postgres array literal ({...}); into a json/jsonb column: JSON
 *  - plain object      -> JSON
 *
 * NUL bytes: Postgres text cannot hold U+0000. Entities must reject such rows with reason NUL_BYTE (they
 * know the Magento key); the encoder is the safety net: it strips the NUL and counts it
 * (`nulStripped`, reported as the stat `loader.nul_bytes_stripped`), so a forgotten check never aborts a
 * long run. The same holds for `\u0000` escapes in JSON, which jsonb refuses.
 *
 * Speed: no per-value allocation when nothing needs escaping (one regex test), lines appended to a chunk
 * string that is flushed every CHUNK_CHARS characters.
 */
import type { EncodedRows, TableRows } from '../core/batch.ts';
import { MagemigError } from '../core/errors.ts';

/** How a target column wants JS arrays: as a Postgres array literal, or as JSON. */
export type ColumnKind = 'plain' | 'json';

export interface EncoderCounters {
  nulStripped: number;
  /** JS arrays written as Postgres array literals: without the columns' kinds, they might have been JSON. */
  arrayLiterals: number;
}

const NEEDS_ESCAPE = /[\\\t\n\r\0]/;
const ESCAPE_ALL = /[\\\t\n\r\0]/g;
// `\u0000` in JSON text that is not itself an escaped backslash followed by "u0000".
const JSON_NUL = /(?<!\\)((?:\\\\)*)\\u0000/g;
// 256 KiB: pg-copy-streams makes two socket writes per chunk (header, data), each waking the backend;
// 64 KiB chunks made that a visible share of the catalog's load time, larger ones measured no better.
const CHUNK_CHARS = 256 * 1024;

export function containsNul(s: string): boolean {
  return s.indexOf('\0') !== -1;
}

export class TsvEncoder {
  readonly counters: EncoderCounters = { nulStripped: 0, arrayLiterals: 0 };
  private readonly replaceChar = (c: string): string => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '\t':
        return '\\t';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      default:
        this.counters.nulStripped++;
        return '';
    }
  };

  /** Escapes a string for the text format (the fast path returns the very same string). */
  text(s: string): string {
    if (!NEEDS_ESCAPE.test(s)) return s;
    // Without NUL, four native replaceAll passes beat one regex replace calling back into JS per character
    // (descriptions full of newlines made the callback a visible cost of the catalog).
    if (s.indexOf('\0') !== -1) return s.replace(ESCAPE_ALL, this.replaceChar);
    return s.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
  }

  /**
   * JSON text of a value, escaped for the text format. JSON.stringify never emits a raw tab, newline, CR or
   * NUL (control characters come out as \n, \u0000...), so doubling the backslashes is the whole escape.
   */
  jsonText(v: unknown): string {
    const s = this.json(v);
    return s.indexOf('\\') === -1 ? s : s.replaceAll('\\', '\\\\');
  }

  /** One value, escaped, ready to be placed between tabs. */
  value(v: unknown, kind: ColumnKind = 'plain'): string {
    if (v === null || v === undefined) return '\\N';
    switch (typeof v) {
      case 'string':
        return this.text(v);
      case 'number':
        return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
      case 'bigint':
        return v.toString();
      case 'boolean':
        return v ? 't' : 'f';
      case 'object':
        if (v instanceof Date) return isoDate(v);
        // A Uint8Array is a Buffer that crossed a thread (pipeline/batch-thread.ts).
        if (v instanceof Uint8Array) return '\\\\x' + Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
        if (Array.isArray(v) && kind !== 'json') {
          this.counters.arrayLiterals++;
          return this.text(this.arrayLiteral(v));
        }
        return this.jsonText(v);
      default:
        throw new MagemigError('BAD_VALUE', `cannot load a ${typeof v} value into Postgres`, 'fatal');
    }
  }

  /** A Postgres array literal: strings always quoted (so '', 'NULL' and ',' are safe), nested arrays allowed. */
  arrayLiteral(a: readonly unknown[]): string {
    let out = '{';
    for (let i = 0; i < a.length; i++) {
      if (i > 0) out += ',';
      const e = a[i];
      if (e === null || e === undefined) out += 'NULL';
      else if (typeof e === 'number' || typeof e === 'bigint') out += String(e);
      else if (typeof e === 'boolean') out += e ? 't' : 'f';
      else if (Array.isArray(e)) out += this.arrayLiteral(e);
      else {
        const s = typeof e === 'string' ? e : e instanceof Date ? isoDate(e) : this.json(e);
        out += '"' + stripNul(s, this.counters).replace(/[\\"]/g, '\\$&') + '"';
      }
    }
    return out + '}';
  }

  json(v: unknown): string {
    const s = JSON.stringify(v);
    if (s.indexOf('\\u0000') === -1) return s;
    return s.replace(JSON_NUL, (_m, slashes: string) => {
      this.counters.nulStripped++;
      return slashes;
    });
  }

  /**
   * Yields the COPY text of `rows` in chunks of about CHUNK_CHARS characters. `kinds` (one per column,
   * optional) says which columns are json/jsonb. A row of the wrong width is an entity bug: it throws.
   */
  *chunks(table: string, columns: readonly string[], rows: readonly unknown[][], kinds?: readonly ColumnKind[]): Generator<string> {
    const width = columns.length;
    // Appending to one string is cheaper than joining an array of pieces here (measured): V8 builds a rope
    // and flattens it once, when the COPY stream turns the chunk into a Buffer.
    let out = '';
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row.length !== width) {
        throw new MagemigError('BAD_ROW', `${table}: row ${r} has ${row.length} values for ${width} columns`, 'fatal');
      }
      for (let c = 0; c < width; c++) {
        const v = row[c];
        // Inline fast paths for the common types; everything else through value().
        if (typeof v === 'string') out += NEEDS_ESCAPE.test(v) ? this.text(v) : v;
        else if (typeof v === 'number' && Number.isFinite(v)) out += v;
        else if (v === null || v === undefined) out += '\\N';
        else out += this.value(v, kinds ? kinds[c] : 'plain');
        out += c === width - 1 ? '\n' : '\t';
      }
      if (out.length >= CHUNK_CHARS) {
        yield out;
        out = '';
      }
    }
    if (out.length > 0) yield out;
  }

  /** The whole COPY text of `rows` as one string (tests, small tables). */
  encode(table: string, columns: readonly string[], rows: readonly unknown[][], kinds?: readonly ColumnKind[]): string {
    let s = '';
    for (const chunk of this.chunks(table, columns, rows, kinds)) s += chunk;
    return s;
  }
}

/**
 * A table's rows as COPY bytes, encoded where they were mapped (pipeline/batch-thread.ts: the main thread then
 * only sends them), or null when the text depends on the columns' kinds, which only the target knows (a JS
 * array: a Postgres array literal, or JSON into a json column): those rows travel as rows.
 */
export function encodeRows(table: string, data: TableRows): EncodedRows | null {
  const encoder = new TsvEncoder();
  const chunks: Uint8Array[] = [];
  for (const chunk of encoder.chunks(table, data.columns, data.rows)) {
    if (encoder.counters.arrayLiterals > 0) return null;
    // Not Buffer.from: a short string's Buffer is a slice of a shared pool, which cannot move to another thread.
    chunks.push(UTF8.encode(chunk));
  }
  return { chunks, count: data.rows.length, nulStripped: encoder.counters.nulStripped };
}

const UTF8 = new TextEncoder();

/** JSON that jsonb accepts: `\u0000` escapes (NUL) removed. */
export function jsonForPostgres(v: unknown): string {
  return new TsvEncoder().json(v);
}

function isoDate(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new MagemigError('BAD_VALUE', 'an invalid Date reached the loader', 'fatal');
  return d.toISOString();
}

function stripNul(s: string, counters: EncoderCounters): string {
  if (s.indexOf('\0') === -1) return s;
  return s.replace(/\0/g, () => {
    counters.nulStripped++;
    return '';
  });
}
