import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitStatements } from '../sql/index.ts';
import type { Edition } from './profiles.ts';

const MAGENTO_SQL = fileURLToPath(new URL('../sql/magento/', import.meta.url));

function sqlFiles(edition: Edition): string[] {
  return readdirSync(`${MAGENTO_SQL}${edition}`).filter((f) => f.endsWith('.sql')).sort();
}

/**
 * The Magento 2.4 DDL files of an edition: every Open Source file, where Commerce has a file of the same name it wins,
 * plus Commerce-only files (sequence_*, staging_update).
 */
export function sourceSchemaFiles(edition: Edition): { name: string; sql: string }[] {
  const chosen = new Map<string, string>();
  for (const f of sqlFiles('opensource')) chosen.set(f, `${MAGENTO_SQL}opensource/${f}`);
  if (edition === 'commerce') for (const f of sqlFiles('commerce')) chosen.set(f, `${MAGENTO_SQL}commerce/${f}`);
  return [...chosen.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([f, path]) => ({ name: f.replace(/\.sql$/, ''), sql: readFileSync(path, 'utf8') }));
}

/** CREATE TABLE statements of an edition's source schema (run with FOREIGN_KEY_CHECKS=0: files reference each other). */
export function sourceSchemaStatements(edition: Edition): string[] {
  return sourceSchemaFiles(edition).flatMap((f) => splitStatements(f.sql));
}

/** Names of the tables an edition's schema creates. */
export function sourceSchemaTables(edition: Edition): string[] {
  return sourceSchemaStatements(edition).map((s) => {
    const m = /CREATE TABLE `([^`]+)`/.exec(s);
    if (!m) throw new Error(`not a CREATE TABLE statement: ${s.slice(0, 60)}`);
    return m[1];
  });
}
