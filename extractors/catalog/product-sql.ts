/**
 * Loads sql/source/catalog/product-*.sql for an edition: {{key}} becomes the product key column (entity_id in
 * Open Source, row_id in Adobe Commerce), {{raw:current}} / {{raw:current_q}} the "current version" condition
 * on alias p / q (Commerce: created_in <= ? AND updated_in > ?, two parameters each; Open Source: nothing).
 */
import { quoteMysqlIdent } from '../../core/mysql.ts';
import { loadSql } from '../../sql/index.ts';

const CURRENT: Record<string, string> = {
  current: 'AND p.created_in <= ? AND p.updated_in > ?',
  current_q: 'AND q.created_in <= ? AND q.updated_in > ?',
};

export function productSql(name: string, staged: boolean): string {
  return loadSql(`source/catalog/${name}`).replace(/\{\{(raw:)?([a-z_]+)\}\}/g, (_m, raw: string | undefined, key: string) => {
    if (raw) {
      const fragment = CURRENT[key];
      if (fragment === undefined) throw new Error(`product SQL ${name}: unknown fragment {{raw:${key}}}`);
      return staged ? fragment : '';
    }
    if (key !== 'key') throw new Error(`product SQL ${name}: unknown placeholder {{${key}}}`);
    return quoteMysqlIdent(staged ? 'row_id' : 'entity_id');
  });
}

/** The parameters of `count` current-version conditions: [v, v] per condition in Commerce, none in Open Source. */
export function versionParams(staged: boolean, version: number, count = 1): number[] {
  return staged ? Array.from({ length: count * 2 }, () => version) : [];
}
