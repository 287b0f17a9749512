import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitStatements } from '../sql/files.ts';
import type { Edition } from './profiles.ts';

const MAGENTO_SQL = fileURLToPath(new URL('../sql/magento/', import.meta.url));

function sqlFiles(edition: Edition): string[] {
  return readdirSync(`${MAGENTO_SQL}${edition}`).filter((f) => f.endsWith('.sql')).sort();
}

function tableOf(statement: string): string {
  const m = /CREATE TABLE `([^`]+)`/.exec(statement);
  if (!m) throw new Error(`not a CREATE TABLE statement: ${statement.slice(0, 60)}`);
  return m[1];
}

function editionStatements(edition: Edition): string[] {
  return sqlFiles(edition).flatMap((f) => splitStatements(readFileSync(`${MAGENTO_SQL}${edition}/${f}`, 'utf8')));
}

/**
 * CREATE TABLE statements of an edition's source schema (run with FOREIGN_KEY_CHECKS=0: tables reference each
 * other). Commerce's files hold only the tables whose staging DDL differs, plus its own (sequence_*,
 * staging_update): each replaces the Open Source table of the same name.
 */
export function sourceSchemaStatements(edition: Edition): string[] {
  const base = editionStatements('opensource');
  if (edition === 'opensource') return base;
  const staged = new Map(editionStatements('commerce').map((s) => [tableOf(s), s]));
  const merged = base.map((s) => {
    const replacement = staged.get(tableOf(s));
    staged.delete(tableOf(s));
    return replacement ?? s;
  });
  return [...merged, ...staged.values()];
}

/** Names of the tables an edition's schema creates. */
export function sourceSchemaTables(edition: Edition): string[] {
  return sourceSchemaStatements(edition).map(tableOf);
}
