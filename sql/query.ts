/**
 * Typed names of the queries. Every Magento read is a file sql/source/<context>/<name>.sql (every bookkeeping
 * query one in sql/bookkeeping/), and each file has exactly one constant in the folder's index.ts:
 *
 *   export const productPage = defineQuery<ProductRow>('source/catalog/product-page');
 *
 * so that "find references" leads from a query to its users, and the row type travels with the query
 * (extractors return it, transforms take it). test/architecture/sql-names.test.ts keeps files and names 1:1.
 */
import { loadSql } from './files.ts';

export interface SqlQuery<Row = Record<string, unknown>> {
  /** 'source/catalog/product-page': the file sql/source/catalog/product-page.sql. */
  readonly name: string;
  /** The template text (sql/template.ts renders it). */
  readonly text: string;
  /** Magento tables the query names in FROM / JOIN (tables given as {{placeholders}} are not known here). */
  readonly tables: readonly string[];
  /** Phantom: the row type the query returns. */
  readonly row?: Row;
}

const TABLE_REF = /\b(?:FROM|JOIN)\s+`?([A-Za-z_][A-Za-z0-9_]*)`?/gi;
const NOT_TABLES = new Set(['information_schema', 'dual', 'select']);

/** Table names in FROM / JOIN clauses (comments stripped; information_schema reads are not Magento tables). */
export function tablesOf(sql: string): string[] {
  const text = sql.replace(/--.*$/gm, '');
  const out = new Set<string>();
  for (const m of text.matchAll(TABLE_REF)) {
    const name = m[1];
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1);
    if (after === '.' || NOT_TABLES.has(name.toLowerCase())) continue;
    out.add(name);
  }
  return [...out];
}

/** The query in sql/<path>.sql, e.g. defineQuery<ProductRow>('source/catalog/product-page'). */
export function defineQuery<Row = Record<string, unknown>>(path: string): SqlQuery<Row> {
  let text: string | undefined;
  let tables: string[] | undefined;
  return {
    name: path,
    get text() {
      return (text ??= loadSql(path));
    },
    get tables() {
      return (tables ??= tablesOf(this.text));
    },
  };
}

/** A query given as text, not a file: for test fixtures only (the project's own reads are files). */
export function inlineQuery<Row = Record<string, unknown>>(name: string, text: string): SqlQuery<Row> {
  return { name, text, tables: tablesOf(text) };
}
