/**
 * What a batch of relations changes in the product documents (services/catalog/migrations/020): the products
 * whose documents Postgres builds again (parents: configurable children, grouped items, bundle selections) and,
 * for the products with links only, the text of their links, written as 017 writes it: each link type's SKUs
 * by position (nulls last), then SKU bytewise; related, upsell and crosssell always shown. Pure.
 */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c, jsonbText } from '../../services/catalog/index.ts';
import { positionNullsLast } from './product-documents.ts';

export interface DocumentRelations { parents: string[]; linked: string[]; links: string[] }

const PARENT_TABLES = [c.product_grouped_item, c.product_configurable_child, c.product_bundle_selection];
const L = { owner: c.product_link.columns.indexOf('product_id'), type: c.product_link.columns.indexOf('type'), far: c.product_link.columns.indexOf('linked_product_id'), position: c.product_link.columns.indexOf('position') };

interface Link { position: number | null; sku: string }
const linkOrder = (a: Link, b: Link): number => positionNullsLast(a.position, b.position) || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0);

/** UTF-16 order differs from UTF-8 byte order only between surrogates and U+E000..U+FFFF. */
const ordersLikeBytes = (s: string): boolean => !/[\ud800-\udfff\ue000-\uffff]/.test(s);

/** `targets`: the far ends' SKUs by entity_id (the page's lookup). */
export function documentRelations(mapped: Mapped, targets: ReadonlyMap<number, string | null>): DocumentRelations {
  const parents = new Set<string>();
  for (const t of PARENT_TABLES) {
    const rows = mapped.tables[t.table]?.rows ?? [];
    const at = t.columns.indexOf('parent_id');
    for (const r of rows) parents.add(r[at] as string);
  }
  const skuOf = new Map<string, string>();
  for (const [id, sku] of targets) if (sku !== null) skuOf.set(entityUuid('product', id), sku);
  const byOwner = new Map<string, Map<string, Link[]>>();
  for (const r of mapped.tables[c.product_link.table]?.rows ?? []) {
    const owner = r[L.owner] as string;
    const sku = skuOf.get(r[L.far] as string);
    if (sku === undefined || !ordersLikeBytes(sku)) {
      // A SKU the import cannot order as Postgres does: the whole document from Postgres.
      parents.add(owner);
      continue;
    }
    let types = byOwner.get(owner);
    if (!types) byOwner.set(owner, (types = new Map()));
    const type = r[L.type] as string;
    let list = types.get(type);
    if (!list) types.set(type, (list = []));
    list.push({ position: r[L.position] as number | null, sku });
  }
  const linked: string[] = [];
  const links: string[] = [];
  for (const [owner, types] of byOwner) {
    if (parents.has(owner)) continue;
    const value: Record<string, string[]> = { related: [], upsell: [], crosssell: [] };
    for (const [type, list] of types) value[type] = list.sort(linkOrder).map((l) => l.sku);
    linked.push(owner);
    links.push(jsonbText(value));
  }
  return { parents: [...parents], linked, links };
}
