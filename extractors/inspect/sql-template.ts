import { quoteMysqlIdent } from '../../core/mysql.ts';
import { loadSql } from '../../sql/index.ts';

/**
 * Loads sql/source/inspect/<name>.sql and fills its {{placeholders}}. Values are identifiers (table and
 * column names read from information_schema or eav_entity_type) and are always quoted; {{raw:NAME}}
 * takes one of the code's own fixed SQL fragments, never data.
 */
export function inspectSql(name: string, idents: Record<string, string> = {}, raw: Record<string, string> = {}): string {
  return loadSql(`source/inspect/${name}`).replace(/\{\{(raw:)?([a-z_]+)\}\}/g, (_m, isRaw: string | undefined, key: string) => {
    const value = isRaw ? raw[key] : idents[key];
    if (value === undefined) throw new Error(`inspect SQL ${name}: no value for {{${isRaw ?? ''}${key}}}`);
    return isRaw ? value : quoteMysqlIdent(value);
  });
}
