/**
 * Reading .sql files of this folder: source queries (sql/source/<context>/), the bookkeeping schema
 * (sql/bookkeeping/) and Magento's DDL for the generator (sql/magento/). Cached: a file is read once.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SQL_ROOT = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string>();

/** Loads sql/<name>.sql (name may contain folders, e.g. "source/catalog/product-page"). */
export function loadSql(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(SQL_ROOT, `${name}.sql`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a .sql file into statements on lines ending with ';' (our files keep one statement per ';' line end). */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
