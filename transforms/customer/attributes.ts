/**
 * Custom attributes of customers and addresses, by attribute_code: every EAV value the pivot found (system
 * and user-defined attributes alike), and every static attribute whose column this Magento's entity table
 * has beyond the ones the service models itself. Selects and multiselects backed by eav_attribute_option
 * carry their options' admin labels. Secrets (password hash, reset token, confirmation key) never get here.
 */
import type { EavAttributeCatalog, EavValue } from '../eav/types.ts';
import { text, Bad } from './values.ts';

export type AttributeValue = { value: unknown; label?: string | null; labels?: Array<string | null> };
export type CustomAttributes = Record<string, AttributeValue>;

/** option_id -> admin label, per attribute_id. */
export type OptionLabels = Map<number, Map<number, string | null>>;

/** Never an attribute: secrets, and what Magento keeps for the login machinery. */
export const SECRET_CODES = new Set(['password_hash', 'rp_token', 'rp_token_created_at', 'confirmation', 'failures_num', 'first_failure', 'lock_expires']);

export interface AttributeLookups {
  catalog: EavAttributeCatalog;
  options: OptionLabels;
  /** Static attributes with a column of their own in the service's table (not repeated in attributes). */
  modelled: ReadonlySet<string>;
}

/** Static attribute codes this entity table has as columns and the service does not model: read from the row. */
export function extraStaticCodes(l: AttributeLookups, columns: readonly string[]): string[] {
  const have = new Set(columns);
  return l.catalog.list.filter((a) => a.backendType === 'static' && have.has(a.code) && !l.modelled.has(a.code) && !SECRET_CODES.has(a.code)).map((a) => a.code);
}

function labelled(l: AttributeLookups, code: string, value: unknown): AttributeValue {
  const attr = l.catalog.byCode.get(code);
  const options = attr ? l.options.get(attr.attributeId) : undefined;
  if (!options || value === null || value === undefined) return { value };
  if (Array.isArray(value)) return { value, labels: value.map((v) => options.get(Number(v)) ?? null) };
  return { value, label: options.get(Number(value)) ?? null };
}

/**
 * The attributes of one entity: pivoted EAV defaults plus the extra static columns of its row. A static
 * column whose text Postgres cannot hold is reported through `bad` (the caller rejects that value).
 */
export function customAttributes(
  l: AttributeLookups,
  eav: Record<string, EavValue> | undefined,
  row: Record<string, unknown>,
  staticCodes: readonly string[],
  bad: (code: string, reason: string) => void,
): CustomAttributes {
  const out: CustomAttributes = {};
  if (eav) for (const code in eav) if (!SECRET_CODES.has(code)) out[code] = labelled(l, code, eav[code]);
  for (const code of staticCodes) {
    const v = row[code];
    if (v === null || v === undefined) continue;
    const t = typeof v === 'number' ? v : text(v);
    if (t instanceof Bad) bad(code, t.reason);
    else out[code] = labelled(l, code, t);
  }
  return out;
}
