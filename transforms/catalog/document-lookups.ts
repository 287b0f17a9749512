/**
 * What the import needs to write a plain product's document besides the product's own rows
 * (product-documents.ts): the store views, the websites, the option and source-model labels of the product
 * attributes, and each store view's category tree with its names. Built from the rows the earlier catalog
 * entities map (attributes, categories, the store tree): the same rows the documents Postgres builds read. Pure.
 */
import type { TableRows } from '../../core/batch.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import type { DocumentLookups, LabelledAttribute, StoreCategory } from './product-documents.ts';
import type { StoreTreeRows } from './store-tree.ts';

/** Each contract table's rows, gathered over an entity's batches. */
export type GatheredTables = Record<string, TableRows | undefined>;

function columnsOf(t: TableRows | undefined, ...names: string[]): { rows: unknown[][]; at: number[] } {
  return { rows: t?.rows ?? [], at: names.map((n) => t?.columns.indexOf(n) ?? -1) };
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function labelledAttributes(attributes: GatheredTables): Map<string, LabelledAttribute> {
  const attrs = columnsOf(attributes[c.attribute.table], 'id', 'entity_type', 'code', 'frontend_input');
  const byId = new Map<string, LabelledAttribute>();
  const codeOf = new Map<string, string>();
  for (const r of attrs.rows) {
    if (r[attrs.at[1]] !== 'product') continue;
    const input = r[attrs.at[3]];
    byId.set(r[attrs.at[0]] as string, { byOptions: false, bySource: false, multiselect: input === 'multiselect', options: new Map(), source: new Map() });
    codeOf.set(r[attrs.at[0]] as string, r[attrs.at[2]] as string);
  }
  const inputOf = new Map(attrs.rows.map((r) => [r[attrs.at[0]] as string, r[attrs.at[3]]]));
  const options = columnsOf(attributes[c.attribute_option.table], 'id', 'magento_id', 'attribute_id', 'label');
  const optionById = new Map<string, { admin: string | null; stores: Map<string, string | null> }>();
  for (const r of options.rows) {
    const la = byId.get(r[options.at[2]] as string);
    if (!la) continue;
    const input = inputOf.get(r[options.at[2]] as string);
    // 017: a select or multiselect with option rows is labelled by them.
    if (input === 'select' || input === 'multiselect') la.byOptions = true;
    const o = { admin: text(r[options.at[3]]), stores: new Map<string, string | null>() };
    la.options.set(String(r[options.at[1]]), o);
    optionById.set(r[options.at[0]] as string, o);
  }
  const labels = columnsOf(attributes[c.attribute_option_label.table], 'option_id', 'store_id', 'label');
  for (const r of labels.rows) optionById.get(r[labels.at[0]] as string)?.stores.set(r[labels.at[1]] as string, text(r[labels.at[2]]));
  const source = columnsOf(attributes[c.attribute_source_option.table], 'attribute_id', 'value', 'label');
  for (const r of source.rows) {
    const la = byId.get(r[source.at[0]] as string);
    if (!la) continue;
    la.bySource = true;
    la.source.set(String(r[source.at[1]]), text(r[source.at[2]]));
  }
  const out = new Map<string, LabelledAttribute>();
  for (const [id, la] of byId) if (la.byOptions || la.bySource) out.set(codeOf.get(id)!, la);
  return out;
}

/** Each store view's tree: the categories whose path is its root's path or under it, with its names. */
function storeTrees(categories: GatheredTables, stores: StoreTreeRows): Map<string, Map<string, StoreCategory>> {
  const cats = columnsOf(categories[c.category.table], 'id', 'magento_id', 'path');
  const pathOf = new Map(cats.rows.map((r) => [r[cats.at[0]] as string, r[cats.at[2]] as string]));
  const names = columnsOf(categories[c.category_store.table], 'category_id', 'store_id', 'name', 'url_key', 'url_path');
  const named = new Map<string, unknown[]>();
  for (const r of names.rows) named.set(`${r[names.at[0]]}/${r[names.at[1]]}`, r);
  const out = new Map<string, Map<string, StoreCategory>>();
  for (const view of stores.views) {
    const tree = new Map<string, StoreCategory>();
    out.set(view.id, tree);
    const root = view.rootCategoryId === null ? undefined : pathOf.get(view.rootCategoryId);
    if (root === undefined) continue;
    for (const r of cats.rows) {
      const path = r[cats.at[2]] as string;
      if (path !== root && !path.startsWith(`${root}/`)) continue;
      const id = r[cats.at[0]] as string;
      const n = named.get(`${id}/${view.id}`);
      tree.set(id, {
        magentoId: Number(r[cats.at[1]]), path,
        name: text(n?.[names.at[2]]), urlKey: text(n?.[names.at[3]]), urlPath: text(n?.[names.at[4]]),
      });
    }
  }
  return out;
}

export function buildDocumentLookups(attributes: GatheredTables, categories: GatheredTables, stores: StoreTreeRows): DocumentLookups {
  const trees = storeTrees(categories, stores);
  return {
    stores: stores.views.map((v) => ({ id: v.id, code: v.code, websiteId: v.websiteId, categories: trees.get(v.id)! })),
    websites: new Map(stores.websites.map((w) => [w.id, { code: w.code, sortOrder: w.sortOrder, magentoId: w.magentoId }])),
    labelled: labelledAttributes(attributes),
  };
}
