/**
 * The product document's text (migrations/016, 017: product_document.body) written from its parts, byte for
 * byte what refresh_product_documents writes for a product that is not configurable, bundle, grouped or
 * downloadable, before its links: the import builds these documents itself from the rows it loads (most
 * products are plain simple products), and Postgres builds the others. test/catalog/read-model.test.ts compares
 * the two on every document; test/catalog/document-text.test.ts holds the writer to Postgres' own output.
 *
 * Two text forms meet in one document, as Postgres prints them:
 *  - the document itself is json_build_object's output: `{"id" : "...", "magento_id" : 1, ...}`;
 *  - its values are jsonb's output (jsonb_out): `{"a": 1, "bb": [1, 2]}`, object keys ordered by their length
 *    in bytes, then bytewise (jsonb's own order), nulls kept inside values.
 */

export interface DocumentCategory { id: string; magento_id: number; name: string | null; url_key: string | null; url_path: string | null; position: number }
export interface DocumentMedia {
  magento_id: number; file: string | null; media_type: string; label: string | null; position: number | null; disabled: boolean | null;
  /** Absent when the entry has no video (the key is left out, as 017 does). */
  video?: Record<string, unknown>;
}

export interface PlainDocumentParts {
  id: string;
  magento_id: number;
  store: string;
  sku: string;
  type: string;
  websites: readonly string[];
  /** jsonb texts of the store view's attributes and of their labels (`options`). */
  attributesText: string;
  optionsText: string;
  categories: readonly DocumentCategory[];
  media: readonly DocumentMedia[];
  /** The product's custom options (null: none), appended as 017 appends composite parts. */
  customOptions?: ReadonlyArray<Record<string, unknown>> | null;
}

/** Thrown for a value whose jsonb text this module cannot be sure of: Postgres builds that document. */
export class UncertainJsonValue extends Error {}

/** jsonb's key order: shorter (in UTF-8 bytes) first, then bytewise (UTF-16 order is bytewise for ASCII). */
export function jsonbKeyCompare(a: string, b: string): number {
  const x = keyBytes(a);
  const y = keyBytes(b);
  if (x === null && y === null) return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
  const bx = x ?? Buffer.from(a);
  const by = y ?? Buffer.from(b);
  return bx.length !== by.length ? bx.length - by.length : Buffer.compare(bx, by);
}

/** A key's UTF-8 bytes when it is not ASCII (null: ASCII), cached: keys are attribute codes, a small set. */
const keyBytesCache = new Map<string, Buffer | null>();
function keyBytes(k: string): Buffer | null {
  let b = keyBytesCache.get(k);
  if (b === undefined) {
    if (keyBytesCache.size >= 10_000) keyBytesCache.clear();
    keyBytesCache.set(k, (b = /^[\x00-\x7f]*$/.test(k) ? null : Buffer.from(k)));
  }
  return b;
}

/** A number as jsonb prints it: its JSON text, when that is plain decimal notation (exponents are left to Postgres). */
function numberText(n: number): string {
  if (Number.isSafeInteger(n)) return Object.is(n, -0) ? '0' : String(n);
  if (!Number.isFinite(n)) return 'null';
  const s = JSON.stringify(n);
  if (s.includes('e')) throw new UncertainJsonValue(`number ${s}`);
  return s;
}

/** jsonb_out of a JSON value (strings escaped as JSON.stringify does, which is escape_json's set). */
export function jsonbText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'number': return numberText(v);
    case 'boolean': return v ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(v)) {
        let out = '';
        for (let i = 0; i < v.length; i++) out += (i === 0 ? '' : ', ') + jsonbText(v[i]);
        return `[${out}]`;
      }
      const o = v as Record<string, unknown>;
      let out = '';
      for (const k of jsonbKeyOrder(o)) {
        if (o[k] === undefined) continue;
        out += `${out === '' ? '' : ', '}${memberStart(k)}${jsonbText(o[k])}`;
      }
      return `{${out}}`;
    }
    default: throw new UncertainJsonValue(typeof v);
  }
}

/** Values jsonb_strip_nulls removes (NaN and Infinity are stored as null: JSON.stringify writes them so). */
export const isNullish = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v));

/** jsonb_strip_nulls of a value: object members whose value is null go, in nested objects too (not in arrays). */
function stripNulls(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!isNullish(x)) out[k] = stripNulls(x);
  return out;
}

/** The text of a stored value after jsonb_strip_nulls (only objects nest nulls to strip). */
export function strippedValueText(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return numberText(v);
  return jsonbText(typeof v === 'object' && v !== null && !Array.isArray(v) ? stripNulls(v) : v);
}

// Most objects of a store share their key sets (attribute sets): each set's jsonb order is computed once.
const keyOrders = new Map<string, readonly string[]>();
const MAX_KEY_ORDERS = 10_000;

/** An object's keys in jsonb's order. */
export function jsonbKeyOrder(o: object): readonly string[] {
  const keys = Object.keys(o);
  const signature = keys.join('\u0000');
  let sorted = keyOrders.get(signature);
  if (!sorted) {
    if (keyOrders.size >= MAX_KEY_ORDERS) keyOrders.clear();
    keyOrders.set(signature, (sorted = keys.sort(jsonbKeyCompare)));
  }
  return sorted;
}

const quotedKeys = new Map<string, string>();

/** `"key": ` as jsonb prints an object member's start. */
export function memberStart(key: string): string {
  let q = quotedKeys.get(key);
  if (q === undefined) {
    if (quotedKeys.size >= MAX_KEY_ORDERS) quotedKeys.clear();
    quotedKeys.set(key, (q = `${JSON.stringify(key)}: `));
  }
  return q;
}

const field = (name: string, text: string): string => `"${name}" : ${text}`;
const str = (v: string | null): string => (v === null ? 'null' : JSON.stringify(v));
const int = (v: number | null): string => (v === null ? 'null' : numberText(v));

/** jsonbText of the categories, their keys in jsonb's order written out (the test holds it to Postgres'). */
export function categoriesText(list: readonly DocumentCategory[]): string {
  let out = '';
  for (const x of list) {
    out += `${out === '' ? '' : ', '}{"id": ${str(x.id)}, "name": ${str(x.name)}, "url_key": ${str(x.url_key)}, "position": ${int(x.position)}, `
      + `"url_path": ${str(x.url_path)}, "magento_id": ${int(x.magento_id)}}`;
  }
  return `[${out}]`;
}

/** jsonbText of the media entries, their keys in jsonb's order written out. */
export function mediaText(list: readonly DocumentMedia[]): string {
  let out = '';
  for (const x of list) {
    const video = x.video === undefined ? '' : `"video": ${jsonbText(x.video)}, `;
    const disabled = x.disabled === null ? 'null' : x.disabled ? 'true' : 'false';
    out += `${out === '' ? '' : ', '}{"file": ${str(x.file)}, "label": ${str(x.label)}, ${video}"disabled": ${disabled}, "position": ${int(x.position)}, `
      + `"magento_id": ${int(x.magento_id)}, "media_type": ${str(x.media_type)}}`;
  }
  return `[${out}]`;
}

/** The text of a plain product's document in one store view (017's json_build_object, custom options its only part). */
export function plainDocumentText(d: PlainDocumentParts): string {
  return `{${[
    field('id', JSON.stringify(d.id)),
    field('magento_id', numberText(d.magento_id)),
    field('store', JSON.stringify(d.store)),
    field('sku', JSON.stringify(d.sku)),
    field('type', JSON.stringify(d.type)),
    field('websites', jsonbText(d.websites)),
    field('attributes', d.attributesText),
    field('options', d.optionsText),
    field('categories', categoriesText(d.categories)),
    field('media', mediaText(d.media)),
    field('children', '[]'),
    field('links', '{"upsell": [], "related": [], "crosssell": []}'),
    // 017: left(doc, -1) || ', ' || substr(parts, 2), the parts being jsonb {"custom_options": [...]}.
    ...(d.customOptions ? [`"custom_options": ${jsonbText(d.customOptions)}`] : []),
  ].join(', ')}}`;
}
