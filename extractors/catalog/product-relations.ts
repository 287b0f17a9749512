/**
 * Reads product-to-product relations in keyset pages of their owner (parent) products: product links
 * (related, up-sell, cross-sell, grouped), configurable children (super links), bundle selections. The far end
 * of every relation is looked up by entity_id (its SKU, current version in Commerce) in one query per page, so
 * the transform can tell a missing or rejected product.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { productSql, versionParams } from './product-sql.ts';
import { readProductRows, readProductSkus, type ProductRow, type Row } from './product-source.ts';

export interface RelationPage {
  /** Owner products of the page (loaded or not: the transform decides), in key order. */
  owners: ProductRow[];
  lo: number;
  hi: number;
  links: Row[];
  superLinks: Row[];
  bundleSelections: Row[];
  /** Bundle option ids the page's owners have (a selection of another option is dangling). */
  bundleOptions: Row[];
  /** entity_id -> SKU of every far end; absent: no such product. */
  targets: Map<number, string | null>;
}

async function rows(conn: MysqlConnection, sql: string, values: unknown[]): Promise<Row[]> {
  const [r] = await conn.query(sql, values);
  return r as Row[];
}

export async function* relationPages(
  conn: MysqlConnection,
  opts: { staged: boolean; version: number; after: number | null; pageSize: number },
): AsyncGenerator<RelationPage> {
  const { staged, version } = opts;
  let after = opts.after;
  for (;;) {
    const owners = await readProductRows(conn, staged, version, after, opts.pageSize);
    if (owners.length === 0) return;
    const lo = owners[0].row_key;
    const hi = owners[owners.length - 1].row_key;
    const [links, superLinks, bundleSelections, bundleOptions] = await Promise.all(
      ['product-links', 'product-super-links', 'product-bundle-selections', 'product-bundle-options'].map((name) =>
        rows(conn, productSql(name, staged), [lo, hi]),
      ),
    );
    const far = new Set<number>();
    for (const r of links) far.add(Number(r.linked_product_id));
    for (const r of superLinks) far.add(Number(r.child_id));
    for (const r of bundleSelections) far.add(Number(r.child_id));
    const targets = await readProductSkus(conn, staged, version, [...far]);
    yield { owners, lo, hi, links, superLinks, bundleSelections, bundleOptions, targets };
    after = hi;
  }
}

export async function countRelations(conn: MysqlConnection, staged: boolean, version: number): Promise<number> {
  const r = await rows(conn, productSql('product-relations-count', staged), versionParams(staged, version, 3));
  return Number(r[0]?.n ?? 0);
}
