/**
 * The one template dialect of magemig's .sql files. A file is plain SQL with `:name` parameters (bound by
 * mysql2's named placeholders; arrays expand for IN (:ids)) and three kinds of {{placeholders}}:
 *
 *   {{name}}                  an identifier the code supplies (a table or column derived from eav_entity_type,
 *                             the edition's key column...), always quoted: data never reaches SQL unquoted;
 *   {{raw:name}}              one of the code's own fixed SQL fragments (a staging-version condition, a keyset
 *                             predicate), never data;
 *   {{col:alias.column@table}} the column when the source schema has it, else NULL: Magento versions differ
 *                             (store_group.code exists since 2.2), and the probe (extractors/source-schema.ts)
 *                             says which columns this database has.
 */
import { MagemigError } from '../core/errors.ts';
import type { SqlQuery } from './query.ts';

/** What the template needs to know of the source schema. */
export interface SchemaColumns {
  hasColumn(table: string, column: string): boolean;
}

export interface TemplateVars {
  idents?: Record<string, string>;
  raw?: Record<string, string>;
  schema?: SchemaColumns;
}

const PLACEHOLDER = /\{\{(?:(raw|col):)?([A-Za-z0-9_.@]+)\}\}/g;

export function quoteIdent(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

export function renderSql(query: SqlQuery<unknown> | string, vars: TemplateVars = {}): string {
  const text = typeof query === 'string' ? query : query.text;
  const name = typeof query === 'string' ? 'inline SQL' : query.name;
  return text.replace(PLACEHOLDER, (_m, kind: string | undefined, key: string) => {
    if (kind === 'raw') {
      const fragment = vars.raw?.[key];
      if (fragment === undefined) throw new MagemigError('BAD_SQL', `${name}: no fragment for {{raw:${key}}}`);
      return fragment;
    }
    if (kind === 'col') {
      const m = /^([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)@([A-Za-z0-9_]+)$/.exec(key);
      if (!m) throw new MagemigError('BAD_SQL', `${name}: {{col:${key}}} must read {{col:alias.column@table}}`);
      if (!vars.schema) throw new MagemigError('BAD_SQL', `${name}: {{col:${key}}} needs the source schema`);
      return vars.schema.hasColumn(m[3], m[2]) ? `${m[1]}.${quoteIdent(m[2])}` : 'NULL';
    }
    const value = vars.idents?.[key];
    if (value === undefined) throw new MagemigError('BAD_SQL', `${name}: no identifier for {{${key}}}`);
    return quoteIdent(value);
  });
}

/** The same dialect for a Postgres query: {{name}} becomes a double-quoted identifier (no raw or col forms). */
export function renderPgSql(query: SqlQuery<unknown> | string, idents: Record<string, string>): string {
  const text = typeof query === 'string' ? query : query.text;
  return text.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (_m, key: string) => {
    const value = idents[key];
    if (value === undefined) throw new MagemigError('BAD_SQL', `no identifier for {{${key}}}`);
    return '"' + value.replace(/"/g, '""') + '"';
  });
}
