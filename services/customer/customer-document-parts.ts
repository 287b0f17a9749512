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
const DATE = /^\d{4}-\d\d-\d\d$/;
const TIMESTAMP = /^(\d{4}-\d\d-\d\d)T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)Z$/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const INT4 = 2 ** 31;

/** A string as escape_json writes it (the loader strips NUL from text; a lone surrogate is not stored as is). */
function str(s: string): string {
  if (s.indexOf('\0') !== -1) s = s.replaceAll('\0', '');
  if (LONE_SURROGATE.test(s)) throw new Unsure();
  return JSON.stringify(s);
}

/** A text or uuid column's value. */
function text(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number' && Number.isFinite(v)) return JSON.stringify(String(v));
  throw new Unsure();
}

function uuid(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'string' || !UUID.test(v)) throw new Unsure();
  return '"' + v + '"';
}

/** integer / smallint (`limit`: the type's bound). */
function int(v: unknown, limit = INT4): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'number' || !Number.isInteger(v) || v >= limit || v < -limit) throw new Unsure();
  return String(v);
}

function bigint(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new Unsure();
  return String(v);
}

function bool(v: unknown): string {
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (v === null || v === undefined) return 'null';
  throw new Unsure();
}

/** A date column as date::text writes it (DateStyle ISO). */
function date(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'string' || !DATE.test(v)) throw new Unsure();
  return '"' + v + '"';
}

/** customer_iso(timestamptz): 'YYYY-MM-DDTHH:MI:SS.MSZ'. The transform writes 'YYYY-MM-DDTHH:MM:SSZ'. */
function iso(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'string') throw new Unsure();
  const m = TIMESTAMP.exec(v);
  if (!m || m[1].startsWith('0000')) throw new Unsure();
  return `"${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z"`;
}

/** A text[] column through array_to_json: `["a","b"]`. */
function textArray(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (!Array.isArray(v)) throw new Unsure();
  let out = '[';
  for (let i = 0; i < v.length; i++) {
    if (i > 0) out += ',';
    const e = v[i];
    if (e === null || e === undefined) out += 'null';
    else if (typeof e === 'string') out += str(e);
    else throw new Unsure();
  }
  return out + ']';
}

/** jsonb's key order: shorter first (in UTF-8 bytes), then by bytes. */
function jsonbKeyOrder(a: string, b: string): number {
  const ba = Buffer.byteLength(a);
  const bb = Buffer.byteLength(b);
  if (ba !== bb) return ba - bb;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A jsonb column's value as jsonb prints it, from the JS value the loader JSON.stringifies into it. Numbers only in
 * the forms numeric prints the same way (no exponent); NUL (which the loader strips, and jsonb refuses) is unsure.
 */
function jsonb(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      if (v.indexOf('\0') !== -1 || LONE_SURROGATE.test(v)) throw new Unsure();
      return JSON.stringify(v);
    case 'number': {
      if (!Number.isFinite(v)) return 'null';
      const s = String(v);
      if (!PLAIN_NUMBER.test(s)) throw new Unsure();
      return s;
    }
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) {
          if (i > 0) out += ', ';
          const e = v[i];
          out += e === undefined || typeof e === 'function' || typeof e === 'symbol' ? 'null' : jsonb(e);
        }
        return out + ']';
      }
      const proto = Object.getPrototypeOf(v);
      if ((proto !== Object.prototype && proto !== null) || typeof (v as { toJSON?: unknown }).toJSON === 'function') throw new Unsure();
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => o[k] !== undefined && typeof o[k] !== 'function' && typeof o[k] !== 'symbol');
      if (keys.every((k) => ASCII.test(k))) keys.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
      else keys.sort(jsonbKeyOrder);
      let out = '{';
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k.indexOf('\0') !== -1 || LONE_SURROGATE.test(k)) throw new Unsure();
        out += (i > 0 ? ', ' : '') + JSON.stringify(k) + ': ' + jsonb(o[k]);
      }
      return out + '}';
    }
    default:
      throw new Unsure();
  }
}

/** A jsonb column: the loader takes a string as JSON text. */
function jsonbColumn(v: unknown): string {
  if (v === undefined) return 'null';
  if (typeof v === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      throw new Unsure();
    }
    return jsonb(parsed);
  }
  return jsonb(v);
}

/** customer_ref_json: `{"id" : .., "magento_id" : .., "code" : ..}`, null without an id. */
function ref(id: unknown, magentoId: unknown, code: string | null | undefined): string {
  if (id === null || id === undefined) return 'null';
  return `{"id" : ${uuid(id)}, "magento_id" : ${int(magentoId)}, "code" : ${code === null || code === undefined ? 'null' : str(code)}}`;
}

const byMagentoId = (a: readonly unknown[], b: readonly unknown[], col: number) => (a[col] as number) - (b[col] as number);

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
  try {
    const websiteMagentoId = c[C.website_magento_id] as number | null;
    const storeMagentoId = c[C.store_magento_id] as number | null;
    const groupMagentoId = c[C.group_magento_id] as number | null;
    const website = c[C.website_id] === null ? null : refs.websiteCode(websiteMagentoId!);
    const store = c[C.store_id] === null ? undefined : refs.store(storeMagentoId!);
    if ((c[C.website_id] !== null && website === undefined) || (c[C.store_id] !== null && store === undefined)) throw new Unsure();
    let group = 'null';
    if (c[C.group_id] !== null) {
      const g = refs.group(groupMagentoId!);
      if (!g) throw new Unsure();
      const tax = g.taxClassMagentoId === null ? 'null' : `{"magento_id" : ${int(g.taxClassMagentoId)}, "name" : ${text(g.taxClassName)}}`;
      group = `{"id" : ${uuid(c[C.group_id])}, "magento_id" : ${int(groupMagentoId)}, "code" : ${str(g.code)}, "tax_class" : ${tax}}`;
    }
    const head = '{"id" : ' + uuid(c[C.id]) + ', "magento_id" : ' + bigint(c[C.magento_id]) + ', "email" : ' + text(c[C.email]) +
      ', "website" : ' + ref(c[C.website_id], websiteMagentoId, website) + ', "store" : ' + ref(c[C.store_id], storeMagentoId, store?.code) +
      ', "group" : ' + group + ', "increment_id" : ' + text(c[C.increment_id]) + ', "prefix" : ' + text(c[C.prefix]) +
      ', "firstname" : ' + text(c[C.firstname]) + ', "middlename" : ' + text(c[C.middlename]) + ', "lastname" : ' + text(c[C.lastname]) +
      ', "suffix" : ' + text(c[C.suffix]) + ', "dob" : ' + date(c[C.dob]) + ', "gender" : ' + int(c[C.gender]) +
      ', "gender_label" : ' + text(c[C.gender_label]) + ', "taxvat" : ' + text(c[C.taxvat]) + ', "is_active" : ' + bool(c[C.is_active]) +
      ', "confirmed" : ' + bool(c[C.confirmed]) + ', "disable_auto_group_change" : ' + bool(c[C.disable_auto_group_change]) +
      ', "created_in" : ' + text(c[C.created_in]) + ', "created_at" : ' + iso(c[C.created_at]) + ', "updated_at" : ' + iso(c[C.updated_at]) +
      ', "custom_attributes" : ' + jsonbColumn(c[C.attributes]) + ', "addresses" : [';
    let news = '[]';
    if (subscriptions.length > 0) {
      const sorted = subscriptions.length > 1 ? [...subscriptions].sort((a, b) => byMagentoId(a, b, N.magento_id)) : subscriptions;
      news = '[' + sorted.map((n) => {
        const s = n[N.store_id] === null ? undefined : refs.store(n[N.store_magento_id] as number);
        if (n[N.store_id] !== null && s === undefined) throw new Unsure();
        return '{"magento_id" : ' + bigint(n[N.magento_id]) + ', "store" : ' + ref(n[N.store_id], n[N.store_magento_id], s?.code) +
          ', "website" : ' + (s?.websiteCode == null ? 'null' : str(s.websiteCode)) + ', "status" : ' + text(n[N.status_label]) +
          ', "status_code" : ' + int(n[N.status], 2 ** 15) + ', "changed_at" : ' + iso(n[N.changed_at]) + '}';
      }).join(', ') + ']';
    }
    const algorithm = credentials ? text(credentials[CR.password_algorithm]) : 'null';
    const upgraded = credentials ? iso(credentials[CR.password_upgraded_at]) : 'null';
    const tail = '], "newsletter" : ' + news + ', "password" : {"algorithm" : ' + algorithm + ', "upgraded_at" : ' + upgraded + '}}';
    return { head, tail };
  } catch (err) {
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
  try {
    const head = '{"id" : ' + uuid(a[A.id]) + ', "magento_id" : ' + bigint(a[A.magento_id]) + ', "prefix" : ' + text(a[A.prefix]) +
      ', "firstname" : ' + text(a[A.firstname]) + ', "middlename" : ' + text(a[A.middlename]) + ', "lastname" : ' + text(a[A.lastname]) +
      ', "suffix" : ' + text(a[A.suffix]) + ', "company" : ' + text(a[A.company]) + ', "street" : ' + textArray(a[A.street]) +
      ', "city" : ' + text(a[A.city]) + ', "region" : ' + text(a[A.region]) + ', "region_id" : ' + int(a[A.region_id]) +
      ', "region_code" : ' + text(a[A.region_code]) + ', "postcode" : ' + text(a[A.postcode]) + ', "country_id" : ' + text(a[A.country_id]) +
      ', "telephone" : ' + text(a[A.telephone]) + ', "fax" : ' + text(a[A.fax]) + ', "vat_id" : ' + text(a[A.vat_id]) +
      ', "is_active" : ' + bool(a[A.is_active]);
    return { head, tail: ', "custom_attributes" : ' + jsonbColumn(a[A.attributes]) + '}' };
  } catch (err) {
    if (err instanceof Unsure) return null;
    throw err;
  }
}
