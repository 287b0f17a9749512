/**
 * The product documents (the catalog's read model, services/catalog/migrations/016-017) of a page's plain
 * products, built from the rows the page maps: written by the import with the rows, so that Postgres no longer
 * builds them one JSON function at a time (on `medium` it spent 25 of the catalog's 35 s on that). Pure.
 *
 * A plain product is one that is not configurable, bundle, grouped or downloadable (custom options are built
 * here too, product-document-options.ts): its document depends only on this page's rows and on the lookups
 * (store views, websites, option labels, each store view's category tree). Its links are appended when the
 * relations load (product-document-links.ts, migrations/020), and Postgres builds the documents of the
 * products with children and of every product left without one here; a value whose stored text is not certain
 * (UncertainJsonValue) leaves its product to Postgres too.
 *
 * Each rule below is 017's refresh_product_documents, in the same order: the test compares the texts.
 */
import type { TableRows } from '../../core/batch.ts';
import { customOptionsOf, pageOptions, rowsBy, type PageOptions } from './product-document-options.ts';
import {
  catalogContract as c, isNullish, jsonbKeyCompare, jsonbKeyOrder, jsonbText, memberStart, plainDocumentText, strippedValueText, UncertainJsonValue,
  type DocumentCategory, type DocumentMedia,
} from '../../services/catalog/index.ts';

/** One store view's category in its tree (category_store's names for that store view). */
export interface StoreCategory { magentoId: number; path: string; name: string | null; urlKey: string | null; urlPath: string | null }

/** A select, multiselect or source-model attribute: what its values show in `options`. */
export interface LabelledAttribute {
  /** select or multiselect with option rows: values are option ids. */
  byOptions: boolean;
  /** values a source model labels (attribute_source_option). */
  bySource: boolean;
  multiselect: boolean;
  /** option magento_id (as text) -> its admin label and its store views' own labels (store UUID -> label). */
  options: Map<string, { admin: string | null; stores: Map<string, string | null> }>;
  /** source value -> label. */
  source: Map<string, string | null>;
}

export interface DocumentLookups {
  stores: ReadonlyArray<{ id: string; code: string; websiteId: string; categories: ReadonlyMap<string, StoreCategory> }>;
  /** website UUID -> code and order (sort_order, magento_id). */
  websites: ReadonlyMap<string, { code: string; sortOrder: number; magentoId: number }>;
  /** product attribute code -> how its values are labelled (only attributes that label something). */
  labelled: ReadonlyMap<string, LabelledAttribute>;
}

/** Types whose documents have parts from other rows (017: product_composite_parts). */
const COMPOSITE_TYPES = new Set(['configurable', 'bundle', 'grouped', 'downloadable']);

/** A table's rows by their first column (the product UUID). */
const byProduct = (t: TableRows | undefined): Map<string, unknown[][]> => rowsBy(t, 0);

const col = (contract: { columns: readonly string[] }, name: string): number => contract.columns.indexOf(name);
const P = { id: col(c.product, 'id'), magento: col(c.product, 'magento_id'), sku: col(c.product, 'sku'), type: col(c.product, 'type'), attrs: col(c.product, 'attributes') };

const valueText = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v : jsonbText(v));
const kindOf = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v);

/** The label 017's kv / labelled / options give a store view's value, or null (the key is not in `options`). */
function optionLabel(la: LabelledAttribute, id: string | null, storeId: string): string | null {
  const o = id === null ? undefined : la.options.get(id);
  if (!o) return null;
  return o.stores.get(storeId) ?? o.admin;
}

function labelOf(la: LabelledAttribute, value: unknown, storeId: string): string | string[] | null {
  const kind = kindOf(value);
  if (la.byOptions && (kind === 'number' || kind === 'array') && (la.multiselect || kind === 'array')) {
    // Several values (a multiselect): the labels found, in the value's order; an empty list is still shown.
    const ids = kind === 'array' ? (value as unknown[]) : [value];
    const labels: string[] = [];
    for (const x of ids) {
      const l = optionLabel(la, valueText(x), storeId);
      if (l !== null) labels.push(l);
    }
    return labels;
  }
  // One value: the option label, else the source model's.
  let label: string | null = null;
  if (la.byOptions && kind === 'number') label = optionLabel(la, valueText(value), storeId);
  if (label === null && la.bySource && (kind === 'number' || kind === 'string')) label = la.source.get(valueText(value)!) ?? null;
  return label;
}

/** A product's default attributes, written once for all its store views: each member's text in jsonb's key order. */
interface BaseMembers { keys: readonly string[]; values: unknown[]; texts: Array<string | null>; text: string }

function baseMembers(defaults: Record<string, unknown>): BaseMembers {
  const keys = jsonbKeyOrder(defaults);
  const values: unknown[] = [];
  const texts: Array<string | null> = [];
  const present: string[] = [];
  for (const k of keys) {
    const v = defaults[k];
    values.push(v);
    const t = textOf(k, v);
    texts.push(t);
    if (t !== null) present.push(t);
  }
  return { keys, values, texts, text: `{${present.join(', ')}}` };
}

/** The website and store layers of one store view, merged (the store's wins; undefined members are none). */
function overrideOf(website: Record<string, unknown> | undefined, store: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!website && !store) return null;
  const out: Record<string, unknown> = {};
  let any = false;
  for (const layer of [website, store]) if (layer) for (const k in layer) if (layer[k] !== undefined) { out[k] = layer[k]; any = true; }
  return any ? out : null;
}

/**
 * A store view's attributes, jsonb_strip_nulls(defaults || website || store) (a later layer wins a key; a null
 * there hides the earlier value, then goes), and their labels: both jsonb texts, written in one pass over the
 * keys in jsonb's order (the labels' keys are a subset of the attributes'). The defaults' member texts are
 * reused; the few keys a store view overrides are merged into their order.
 */
function attributeTexts(base: BaseMembers, override: Record<string, unknown> | null, storeId: string, labelled: ReadonlyMap<string, LabelledAttribute>): { attributes: string; options: string } {
  const attrs: string[] = [];
  const options: string[] = [];
  const member = (key: string, value: unknown, text: string | null): void => {
    if (text === null) return;
    attrs.push(text);
    const la = labelled.get(key);
    if (!la) return;
    const label = labelOf(la, value, storeId);
    if (label !== null) options.push(memberStart(key) + jsonbText(label));
  };
  const extra = override ? jsonbKeyOrder(override) : [];
  let j = 0;
  for (let i = 0; i < base.keys.length; i++) {
    const key = base.keys[i];
    for (; j < extra.length && jsonbKeyCompare(extra[j], key) < 0; j++) member(extra[j], override![extra[j]], textOf(extra[j], override![extra[j]]));
    if (j < extra.length && extra[j] === key) {
      member(key, override![key], textOf(key, override![key]));
      j++;
    } else member(key, base.values[i], base.texts[i]);
  }
  for (; j < extra.length; j++) member(extra[j], override![extra[j]], textOf(extra[j], override![extra[j]]));
  return { attributes: override ? `{${attrs.join(', ')}}` : base.text, options: `{${options.join(', ')}}` };
}

const textOf = (key: string, v: unknown): string | null => (isNullish(v) ? null : memberStart(key) + strippedValueText(v));

/** Paths are digits and slashes (transforms/catalog/categories.ts builds them): UTF-16 order is byte order. */
const pathOrder = (a: { path: string; magento_id: number }, b: { path: string; magento_id: number }): number =>
  (a.path < b.path ? -1 : a.path > b.path ? 1 : a.magento_id - b.magento_id);
const websiteOrder = (a: { sortOrder: number; magentoId: number }, b: { sortOrder: number; magentoId: number }): number =>
  a.sortOrder - b.sortOrder || a.magentoId - b.magentoId;
/** ORDER BY position NULLS LAST (017's order of media entries and of links). */
export const positionNullsLast = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
const mediaOrder = (a: DocumentMedia, b: DocumentMedia): number => positionNullsLast(a.position, b.position) || a.magento_id - b.magento_id;
/** COALESCE(store value, default value). */
const pick = <T>(storeValue: unknown, fallback: unknown): T => (storeValue ?? fallback ?? null) as T;
const rowOf = (rows: unknown[][] | undefined, scope: string): unknown[] | undefined => {
  if (rows) for (const r of rows) if (r[1] === scope) return r;
  return undefined;
};

/**
 * product_document rows (product_id, store_id, store_code, sku, magento_id, body) for the plain products among
 * `tables`' products, every store view each.
 */
export function plainProductDocuments(tables: Record<string, TableRows>, lookups: DocumentLookups): unknown[][] {
  const options = pageOptions(tables);
  const websiteLayers = byProduct(tables[c.product_website_attributes.table]);
  const storeLayers = byProduct(tables[c.product_store_attributes.table]);
  const websites = byProduct(tables[c.product_website.table]);
  const categories = byProduct(tables[c.product_category.table]);
  const media = byProduct(tables[c.product_media.table]);
  const mediaStores = byProduct(tables[c.product_media_store.table]);
  const rows: unknown[][] = [];
  for (const p of tables[c.product.table]?.rows ?? []) {
    const id = p[P.id] as string;
    const type = p[P.type] as string;
    if (COMPOSITE_TYPES.has(type)) continue;
    try {
      const docs = documentsOf(p, id, type, lookups, {
        websiteLayers: websiteLayers.get(id), storeLayers: storeLayers.get(id), websites: websites.get(id),
        categories: categories.get(id), media: media.get(id), mediaStores: mediaStores.get(id), options,
      });
      rows.push(...docs);
    } catch (err) {
      if (!(err instanceof UncertainJsonValue)) throw err;
    }
  }
  return rows;
}

interface ProductParts {
  websiteLayers?: unknown[][]; storeLayers?: unknown[][]; websites?: unknown[][]; categories?: unknown[][]; media?: unknown[][]; mediaStores?: unknown[][];
  options: PageOptions;
}

function documentsOf(p: unknown[], id: string, type: string, lookups: DocumentLookups, parts: ProductParts): unknown[][] {
  const sku = p[P.sku] as string;
  const magentoId = Number(p[P.magento]);
  const websiteCodes = (parts.websites ?? [])
    .map((r) => lookups.websites.get(r[1] as string)!)
    .sort(websiteOrder)
    .map((w) => w.code);
  const out: unknown[][] = [];
  const base = baseMembers(p[P.attrs] as Record<string, unknown>);
  for (const store of lookups.stores) {
    const websiteLayer = rowOf(parts.websiteLayers, store.websiteId)?.[2] as Record<string, unknown> | undefined;
    const storeLayer = rowOf(parts.storeLayers, store.id)?.[2] as Record<string, unknown> | undefined;
    const texts = attributeTexts(base, overrideOf(websiteLayer, storeLayer), store.id, lookups.labelled);
    const body = plainDocumentText({
      id, magento_id: magentoId, store: store.code, sku, type,
      websites: websiteCodes,
      attributesText: texts.attributes,
      optionsText: texts.options,
      categories: categoriesIn(parts.categories, store.categories),
      media: mediaIn(parts.media, parts.mediaStores, store.id),
      customOptions: customOptionsOf(parts.options, id, store.id),
    });
    out.push([id, store.id, store.code, sku, magentoId, body]);
  }
  return out;
}

/** The product's categories inside the store view's tree, by path (bytewise: COLLATE "C") then magento_id. */
function categoriesIn(links: unknown[][] | undefined, tree: ReadonlyMap<string, StoreCategory>): DocumentCategory[] {
  const found: Array<DocumentCategory & { path: string }> = [];
  for (const r of links ?? []) {
    const sc = tree.get(r[1] as string);
    if (sc) found.push({ id: r[1] as string, magento_id: sc.magentoId, name: sc.name, url_key: sc.urlKey, url_path: sc.urlPath, position: Number(r[3]), path: sc.path });
  }
  found.sort(pathOrder);
  const out: DocumentCategory[] = [];
  for (const f of found) out.push({ id: f.id, magento_id: f.magento_id, name: f.name, url_key: f.url_key, url_path: f.url_path, position: f.position });
  return out;
}

/** Gallery entries with the store view's own label, position, disabled flag and video where it has them. */
function mediaIn(media: unknown[][] | undefined, mediaStores: unknown[][] | undefined, storeId: string): DocumentMedia[] {
  if (!media) return [];
  const own = new Map<string, unknown[]>();
  for (const r of mediaStores ?? []) if (r[2] === storeId) own.set(r[1] as string, r);
  const out: DocumentMedia[] = [];
  for (const m of media) {
    const ms = own.get(m[1] as string);
    const entry: DocumentMedia = {
      magento_id: Number(m[2]), file: m[4] as string | null, media_type: m[3] as string,
      label: pick(ms?.[3], m[5]), position: pick(ms?.[4], m[6]), disabled: pick(ms?.[5], m[7]),
    };
    const video = pick<Record<string, unknown> | null>(ms?.[6], m[8]);
    if (video !== null) entry.video = video;
    out.push(entry);
  }
  out.sort(mediaOrder);
  return out;
}
