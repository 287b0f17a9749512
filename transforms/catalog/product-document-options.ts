/**
 * The custom options of a product's document in one store view, as 016's product_composite_parts shows them:
 * options by (sort_order, magento_id), each with its values by (sort_order, magento_id), titles the store
 * view's own (product_store_title) else the default. Built from the page's mapped rows. Pure.
 */
import type { TableRows } from '../../core/batch.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import { groupBy } from '../order/values.ts';

const col = (t: { columns: readonly string[] }, name: string): number => t.columns.indexOf(name);
const O = {
  id: col(c.product_option, 'id'), product: col(c.product_option, 'product_id'), magento: col(c.product_option, 'magento_id'), type: col(c.product_option, 'type'),
  required: col(c.product_option, 'is_required'), sku: col(c.product_option, 'sku'), maxChars: col(c.product_option, 'max_characters'),
  ext: col(c.product_option, 'file_extension'), x: col(c.product_option, 'image_size_x'), y: col(c.product_option, 'image_size_y'),
  sort: col(c.product_option, 'sort_order'), title: col(c.product_option, 'title'),
};
const V = {
  id: col(c.product_option_value, 'id'), option: col(c.product_option_value, 'option_id'), magento: col(c.product_option_value, 'magento_id'),
  sku: col(c.product_option_value, 'sku'), sort: col(c.product_option_value, 'sort_order'), title: col(c.product_option_value, 'title'),
};
const T = { ref: col(c.product_store_title, 'ref_id'), store: col(c.product_store_title, 'store_id'), title: col(c.product_store_title, 'title') };

const bySortThenMagento = (at: { sort: number; magento: number }) => (a: unknown[], b: unknown[]): number =>
  (a[at.sort] as number) - (b[at.sort] as number) || (a[at.magento] as number) - (b[at.magento] as number);
const optionOrder = bySortThenMagento(O);
const valueOrder = bySortThenMagento(V);

export interface PageOptions {
  /** product UUID -> its option rows, in the document's order. */
  byProduct: Map<string, unknown[][]>;
  /** option UUID -> its value rows, in the document's order. */
  values: Map<string, unknown[][]>;
  /** ref UUID (option or value) -> store UUID -> the store view's own title. */
  titles: Map<string, Map<string, string>>;
}

/** A mapped table's rows by the UUID in one of its columns. */
export const rowsBy = (t: TableRows | undefined, at: number): Map<string, unknown[][]> => groupBy(t?.rows ?? [], (r) => r[at] as string);

export function pageOptions(tables: Record<string, TableRows>): PageOptions {
  const byProduct = rowsBy(tables[c.product_option.table], O.product);
  for (const list of byProduct.values()) list.sort(optionOrder);
  const values = rowsBy(tables[c.product_option_value.table], V.option);
  for (const list of values.values()) list.sort(valueOrder);
  const titles = new Map<string, Map<string, string>>();
  for (const r of tables[c.product_store_title.table]?.rows ?? []) {
    let m = titles.get(r[T.ref] as string);
    if (!m) titles.set(r[T.ref] as string, (m = new Map()));
    m.set(r[T.store] as string, r[T.title] as string);
  }
  return { byProduct, values, titles };
}

/** The `custom_options` value of a product's document in a store view (null: the product has none). */
export function customOptionsOf(options: PageOptions, productId: string, storeId: string): Array<Record<string, unknown>> | null {
  const rows = options.byProduct.get(productId);
  if (!rows) return null;
  const titled = (ref: string, fallback: unknown): unknown => options.titles.get(ref)?.get(storeId) ?? fallback;
  return rows.map((o) => ({
    id: o[O.id], title: titled(o[O.id] as string, o[O.title]), type: o[O.type], is_required: o[O.required], sku: o[O.sku],
    max_characters: o[O.maxChars], file_extension: o[O.ext], image_size_x: o[O.x], image_size_y: o[O.y], sort_order: o[O.sort],
    values: (options.values.get(o[O.id] as string) ?? []).map((v) => ({ id: v[V.id], title: titled(v[V.id] as string, v[V.title]), sku: v[V.sku], sort_order: v[V.sort] })),
  }));
}
