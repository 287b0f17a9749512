/**
 * The parts of a customer's read model (customer_document, customer_address_document: migrations/004) from the
 * rows an import is about to write, without asking Postgres: the head and tail of the customer's document and the
 * head and tail of each address's, as text byte for byte equal to what 004's SQL build (and 002/003's whole
 * document, customer_document_json) writes from the stored rows. test/customer/read-model.test.ts compares every
 * document served with customer_document_json.
 *
 * Why: Postgres built the documents from the stored rows at 60-90 µs per customer (json_build_object looks up the
 * type of each argument on every call), 31 of the 64 s of a 200,000-customer import, and again for every address
 * batch. The same text from the rows in Node costs a few microseconds.
 *
 * The text is Postgres' json output, not JSON.stringify's: json_build_object writes `{"k" : v, "k2" : v2}`,
 * json_agg `[a, b]`, a text[] `["a","b"]`, a jsonb value `{"k": v, "k2": v2}` with its keys shorter first, then
 * by their bytes. Strings are escaped as JSON.stringify escapes them (escape_json: the same set, lower-case hex).
 * Where a value's stored form is not certain (a number in exponent notation inside the attributes, a timestamp
 * Postgres would roll over, a NUL), the parts are not built (`null`): Postgres then builds that document itself.
 *
 * Inputs are import rows, values in the contract's column order (contract.ts), as the loader will COPY them.
 */
import { customerAddress, customerCredentials, customer as customerTable, newsletterSubscription } from './contract.ts';

/** What the documents show of the store tree and the groups, as the service stores them (by Magento id). */
export interface CustomerDocumentRefs {
  websiteCode(magentoId: number): string | null | undefined;
  store(magentoId: number): { code: string; websiteCode: string | null } | undefined;
  group(magentoId: number): { code: string; taxClassMagentoId: number | null; taxClassName: string | null } | undefined;
}

/** A value whose stored form is not certain: Postgres builds that document. */
class Unsure extends Error {}

const at = (columns: readonly string[]) => Object.fromEntries(columns.map((c, i) => [c, i])) as Record<string, number>;
const C = at(customerTable.columns);
const CR = at(customerCredentials.columns);
const N = at(newsletterSubscription.columns);
const A = at(customerAddress.columns);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
// What JSON.stringify would escape, or a lone surrogate (u: a pair is one code point, outside the class).
const NOT_PLAIN = /["\\\u0000-\u001f\uD800-\uDFFF]/u;
const DATE = /^\d{4}-\d\d-\d\d$/;
const TIMESTAMP = /^(\d{4}-\d\d-\d\d)T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)Z$/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const INT4 = 2 ** 31;

/**
 * The pieces of the text being built, joined once at the end: one flat string per part. Concatenating ~80 pieces
 * per document made ropes that the loader's COPY encoding flattened again, and doubled the import's GC time.
 */
const P: string[] = [];

function joined(): string {
  const s = P.join('');
  P.length = 0;
  return s;
}

/** A string as escape_json writes it (the loader strips NUL from text; a lone surrogate is not stored as is). */
function str(s: string): void {
  if (!NOT_PLAIN.test(s)) {
    P.push('"', s, '"');
    return;
  }
  if (s.indexOf('\0') !== -1) s = s.replaceAll('\0', '');
  if (LONE_SURROGATE.test(s)) throw new Unsure();
  P.push(JSON.stringify(s));
}

/** A text or uuid column's value. */
function text(v: unknown): void {
  if (v === null || v === undefined) P.push('null');
  else if (typeof v === 'string') str(v);
  else if (typeof v === 'number' && Number.isFinite(v)) P.push('"', String(v), '"');
  else throw new Unsure();
}

function uuid(v: unknown): void {
  if (v === null || v === undefined) P.push('null');
  else if (typeof v === 'string' && UUID.test(v)) P.push('"', v, '"');
  else throw new Unsure();
}

/** integer / smallint (`limit`: the type's bound). */
function int(v: unknown, limit = INT4): void {
  if (v === null || v === undefined) P.push('null');
  else if (typeof v === 'number' && Number.isInteger(v) && v < limit && v >= -limit) P.push(String(v));
  else throw new Unsure();
}

function bigint(v: unknown): void {
  if (v === null || v === undefined) P.push('null');
  else if (typeof v === 'number' && Number.isSafeInteger(v)) P.push(String(v));
  else throw new Unsure();
}

function bool(v: unknown): void {
  if (v === true) P.push('true');
  else if (v === false) P.push('false');
  else if (v === null || v === undefined) P.push('null');
  else throw new Unsure();
}

/** A date column as date::text writes it (DateStyle ISO). */
function date(v: unknown): void {
  if (v === null || v === undefined) P.push('null');
  else if (typeof v === 'string' && DATE.test(v)) P.push('"', v, '"');
  else throw new Unsure();
}

/** customer_iso(timestamptz): 'YYYY-MM-DDTHH:MI:SS.MSZ'. The transform writes 'YYYY-MM-DDTHH:MM:SSZ'. */
function iso(v: unknown): void {
  if (v === null || v === undefined) {
    P.push('null');
    return;
  }
  if (typeof v !== 'string' || !TIMESTAMP.test(v) || v.startsWith('0000')) throw new Unsure();
  P.push('"', v.slice(0, 19), '.000Z"');
}

/** A text[] column through array_to_json: `["a","b"]`. */
function textArray(v: unknown): void {
  if (v === null || v === undefined) {
    P.push('null');
    return;
  }
  if (!Array.isArray(v)) throw new Unsure();
  P.push('[');
  for (let i = 0; i < v.length; i++) {
    if (i > 0) P.push(',');
    const e = v[i];
    if (e === null || e === undefined) P.push('null');
    else if (typeof e === 'string') str(e);
    else throw new Unsure();
  }
  P.push(']');
}

/** jsonb's key order: shorter first (in UTF-8 bytes), then by bytes. */
function jsonbKeyOrder(a: string, b: string): number {
  const ba = Buffer.byteLength(a);
  const bb = Buffer.byteLength(b);
  if (ba !== bb) return ba - bb;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

const ASCII = /^[\x00-\x7f]*$/;
const asciiKeyOrder = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A string inside jsonb: NUL (which the loader strips, and jsonb refuses) is unsure. */
function jsonbString(s: string): void {
  if (!NOT_PLAIN.test(s)) P.push('"', s, '"');
  else if (s.indexOf('\0') !== -1 || LONE_SURROGATE.test(s)) throw new Unsure();
  else P.push(JSON.stringify(s));
}

/**
 * A jsonb column's value as jsonb prints it, from the JS value the loader JSON.stringifies into it. Numbers only in
 * the forms numeric prints the same way (no exponent).
 */
function jsonb(v: unknown): void {
  if (v === null) {
    P.push('null');
    return;
  }
  switch (typeof v) {
    case 'string':
      jsonbString(v);
      return;
    case 'number': {
      if (!Number.isFinite(v)) {
        P.push('null');
        return;
      }
      const s = String(v);
      if (!PLAIN_NUMBER.test(s)) throw new Unsure();
      P.push(s);
      return;
    }
    case 'boolean':
      P.push(v ? 'true' : 'false');
      return;
    case 'object': {
      if (Array.isArray(v)) {
        P.push('[');
        for (let i = 0; i < v.length; i++) {
          if (i > 0) P.push(', ');
          if (skipped(v[i])) P.push('null');
          else jsonb(v[i]);
        }
        P.push(']');
        return;
      }
      const proto = Object.getPrototypeOf(v);
      if ((proto !== Object.prototype && proto !== null) || typeof (v as { toJSON?: unknown }).toJSON === 'function') throw new Unsure();
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => !skipped(o[k]));
      keys.sort(keys.every((k) => ASCII.test(k)) ? asciiKeyOrder : jsonbKeyOrder);
      P.push('{');
      for (let i = 0; i < keys.length; i++) {
        if (i > 0) P.push(', ');
        jsonbString(keys[i]);
        P.push(': ');
        jsonb(o[keys[i]]);
      }
      P.push('}');
      return;
    }
    default:
      throw new Unsure();
  }
}

/** A jsonb column: the loader takes a string as JSON text. */
function jsonbColumn(v: unknown): void {
  if (v === undefined) P.push('null');
  else if (typeof v !== 'string') jsonb(v);
  else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      throw new Unsure();
    }
    jsonb(parsed);
  }
}

/** customer_ref_json: `{"id" : .., "magento_id" : .., "code" : ..}`, null without an id. */
function ref(id: unknown, magentoId: unknown, code: string | null | undefined): void {
  if (id === null || id === undefined) {
    P.push('null');
    return;
  }
  P.push('{"id" : ');
  uuid(id);
  P.push(', "magento_id" : ');
  int(magentoId);
  P.push(', "code" : ');
  if (code === null || code === undefined) P.push('null');
  else str(code);
  P.push('}');
}

/** `, "name" : ` then the value, for each [name, write] of a row. */
type Field = readonly [string, (v: unknown) => void, number];

function fields(row: readonly unknown[], list: readonly Field[]): void {
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    P.push(f[0]);
    f[1](row[f[2]]);
  }
}

const field = (name: string, write: (v: unknown) => void, col: number): Field => [`, "${name}" : `, write, col];

const CUSTOMER_FIELDS: readonly Field[] = [
  field('increment_id', text, C.increment_id), field('prefix', text, C.prefix), field('firstname', text, C.firstname),
  field('middlename', text, C.middlename), field('lastname', text, C.lastname), field('suffix', text, C.suffix), field('dob', date, C.dob),
  field('gender', (v) => int(v), C.gender), field('gender_label', text, C.gender_label), field('taxvat', text, C.taxvat),
  field('is_active', bool, C.is_active), field('confirmed', bool, C.confirmed), field('disable_auto_group_change', bool, C.disable_auto_group_change),
  field('created_in', text, C.created_in), field('created_at', iso, C.created_at), field('updated_at', iso, C.updated_at),
  field('custom_attributes', jsonbColumn, C.attributes),
];

const ADDRESS_FIELDS: readonly Field[] = [
  field('magento_id', bigint, A.magento_id), field('prefix', text, A.prefix), field('firstname', text, A.firstname),
  field('middlename', text, A.middlename), field('lastname', text, A.lastname), field('suffix', text, A.suffix), field('company', text, A.company),
  field('street', textArray, A.street), field('city', text, A.city), field('region', text, A.region), field('region_id', (v) => int(v), A.region_id),
  field('region_code', text, A.region_code), field('postcode', text, A.postcode), field('country_id', text, A.country_id),
  field('telephone', text, A.telephone), field('fax', text, A.fax), field('vat_id', text, A.vat_id), field('is_active', bool, A.is_active),
];

const byMagentoId = (a: readonly unknown[], b: readonly unknown[]) => (a[N.magento_id] as number) - (b[N.magento_id] as number);

/**
 * The head (`{"id" : ... "custom_attributes" : {...}, "addresses" : [`) and tail (`], "newsletter" : [...],
 * "password" : {...}}`) of one customer's document: the addresses' texts go between them when it is read. Null when a
 * value's stored form is not certain. `subscriptions`: the customer's newsletter_subscription rows.
 */
export function customerDocumentParts(
  c: readonly unknown[],
  credentials: readonly unknown[] | null,
  subscriptions: readonly (readonly unknown[])[],
  refs: CustomerDocumentRefs,
): { head: string; tail: string } | null {
  P.length = 0;
  try {
    const websiteMagentoId = c[C.website_magento_id] as number | null;
    const storeMagentoId = c[C.store_magento_id] as number | null;
    const website = c[C.website_id] === null ? null : refs.websiteCode(websiteMagentoId!);
    const store = c[C.store_id] === null ? undefined : refs.store(storeMagentoId!);
    if ((c[C.website_id] !== null && website === undefined) || (c[C.store_id] !== null && store === undefined)) throw new Unsure();
    P.push('{"id" : ');
    uuid(c[C.id]);
    P.push(', "magento_id" : ');
    bigint(c[C.magento_id]);
    P.push(', "email" : ');
    text(c[C.email]);
    P.push(', "website" : ');
    ref(c[C.website_id], websiteMagentoId, website);
    P.push(', "store" : ');
    ref(c[C.store_id], storeMagentoId, store?.code);
    P.push(', "group" : ');
    if (c[C.group_id] === null) P.push('null');
    else {
      const g = refs.group(c[C.group_magento_id] as number);
      if (!g) throw new Unsure();
      P.push('{"id" : ');
      uuid(c[C.group_id]);
      P.push(', "magento_id" : ');
      int(c[C.group_magento_id]);
      P.push(', "code" : ');
      str(g.code);
      P.push(', "tax_class" : ');
      if (g.taxClassMagentoId === null) P.push('null');
      else {
        P.push('{"magento_id" : ');
        int(g.taxClassMagentoId);
        P.push(', "name" : ');
        text(g.taxClassName);
        P.push('}');
      }
      P.push('}');
    }
    fields(c, CUSTOMER_FIELDS);
    P.push(', "addresses" : [');
    const head = joined();
    P.push('], "newsletter" : [');
    const sorted = subscriptions.length > 1 ? [...subscriptions].sort(byMagentoId) : subscriptions;
    for (let i = 0; i < sorted.length; i++) {
      const n = sorted[i];
      const s = n[N.store_id] === null ? undefined : refs.store(n[N.store_magento_id] as number);
      if (n[N.store_id] !== null && s === undefined) throw new Unsure();
      P.push(i > 0 ? ', {"magento_id" : ' : '{"magento_id" : ');
      bigint(n[N.magento_id]);
      P.push(', "store" : ');
      ref(n[N.store_id], n[N.store_magento_id], s?.code);
      P.push(', "website" : ');
      if (s?.websiteCode === null || s?.websiteCode === undefined) P.push('null');
      else str(s.websiteCode);
      P.push(', "status" : ');
      text(n[N.status_label]);
      P.push(', "status_code" : ');
      int(n[N.status], 2 ** 15);
      P.push(', "changed_at" : ');
      iso(n[N.changed_at]);
      P.push('}');
    }
    P.push('], "password" : {"algorithm" : ');
    if (credentials) text(credentials[CR.password_algorithm]);
    else P.push('null');
    P.push(', "upgraded_at" : ');
    if (credentials) iso(credentials[CR.password_upgraded_at]);
    else P.push('null');
    P.push('}}');
    return { head, tail: joined() };
  } catch (err) {
    P.length = 0;
    if (err instanceof Unsure) return null;
    throw err;
  }
}

/**
 * The head (`{"id" : ... "is_active" : true`) and tail (`, "custom_attributes" : {...}}`) of one address's entry in
 * its customer's document; the read puts `"default_billing"` and `"default_shipping"` (the customer's) between them.
 * Null when a value's stored form is not certain.
 */
export function addressDocumentParts(a: readonly unknown[]): { head: string; tail: string } | null {
  P.length = 0;
  try {
    P.push('{"id" : ');
    uuid(a[A.id]);
    fields(a, ADDRESS_FIELDS);
    const head = joined();
    P.push(', "custom_attributes" : ');
    jsonbColumn(a[A.attributes]);
    P.push('}');
    return { head, tail: joined() };
  } catch (err) {
    P.length = 0;
    if (err instanceof Unsure) return null;
    throw err;
  }
}
