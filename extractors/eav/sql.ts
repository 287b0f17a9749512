/**
 * Loads sql/source/eav/<name>.sql and fills its {{placeholders}} with identifiers (table and column names
 * derived from eav_entity_type or the edition), always quoted: a table name read from data never reaches
 * the SQL unquoted. {{index_hint}} becomes `FORCE INDEX (<quoted idents.index_hint>)`, or nothing when absent.
 */
import { quoteMysqlIdent } from '../../core/mysql.ts';
import { loadSql } from '../../sql/index.ts';

export function eavSql(name: string, idents: Record<string, string> = {}): string {
  return loadSql(`source/eav/${name}`).replace(/\{\{([a-z_]+)\}\}/g, (_m, key: string) => {
    const value = idents[key];
    if (key === 'index_hint') return value ? `FORCE INDEX (${quoteMysqlIdent(value)})` : '';
    if (value === undefined) throw new Error(`EAV SQL ${name}: no value for {{${key}}}`);
    return quoteMysqlIdent(value);
  });
}
