/**
 * Pure EAV pivot: raw value rows of a page of entities -> per entity, per attribute_code, typed values in
 * scope layers (see ScopedValues in transforms/eav/types.ts). No I/O; tested without a database.
 *
 *   const { entities, rejects, stats } = pivotEavValues(raw, keys, { attributes, stores, nullPolicy });
 *   entities.get(42)  // { defaults: { name: 'Bag', color: 49 }, websites: Map{1 => {status: 2}}, stores: Map{2 => {name: 'Sac'}} }
 *
 * Rows are ignored and counted (stats) when Magento itself would never read them:
 *  - eav.orphan_attribute_rows: the attribute_id is not an attribute of this entity type (deleted attribute);
 *  - eav.wrong_table_rows: the row sits in another backend type's table than its attribute's;
 *  - eav.orphan_store_rows: the store no longer exists;
 *  - eav.orphan_entity_rows: no entity with that key in the page (Open Source: a deleted entity's rows);
 *  - scope.global_store_rows_ignored: a store-level row of a global attribute (Magento reads store 0 only).
 * Bad values are rejected one by one, the entity still loads (the value reads as absent, so a store view
 * falls back to the default):
 *  - ZERO_DATE: a datetime of 0000-00-00 (or a zero month/day), which Postgres and ISO 8601 cannot hold;
 *  - NUL_BYTE: a string holding U+0000 (Postgres text and jsonb refuse it);
 *  - INVALID_UTF8: a string holding U+FFFD, which is how bytes that are not UTF-8 arrive through the driver
 *    (MariaDB replaces invalid bytes on write, so this mostly flags data damaged before it reached MySQL);
 *  - INVALID_OPTION_LIST: a multiselect value that is not a comma-separated list of option ids.
 * Reject keys: "<entity key>,attribute=<code>,store=<store_id>", e.g. "entity_id=42,attribute=news_from_date,store=1".
 */
import type { NullPolicy, Reject } from '../../core/batch.ts';
import {
  VALUE_BACKEND_TYPES,
  type EavAttribute,
  type EavAttributeCatalog,
  type EavValue,
  type RawEavValues,
  type ScopedValues,
  type StoreScopes,
  type ValueBackendType,
} from './types.ts';
import { resolveScopes, newScopeStats, type StoreRow } from './scope-resolution.ts';

export interface PivotContext {
  attributes: EavAttributeCatalog;
  stores: StoreScopes;
  nullPolicy: NullPolicy;
  /** How a key reads in reject keys; default `entity_id=<key>`. */
  describeKey?: (key: number) => string;
  /** Count rows whose key is not a page entity as orphans (true for Open Source; Commerce pages skip other versions' rows). */
  countOrphanKeys?: boolean;
  /** Keys of entities the caller rejects as a whole: their rows are skipped silently (no value rejects, no counts). */
  ignoreKeys?: ReadonlySet<number>;
}

export interface PivotResult {
  /** Every key given (but ignoreKeys), in order, with its layers (empty layers for an entity without values). */
  entities: Map<number, ScopedValues>;
  rejects: Reject[];
  stats: Record<string, number>;
}

/** A value that failed conversion: its reject reason. */
class BadValue {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}
const ZERO_DATE = new BadValue('ZERO_DATE');
const NUL_BYTE = new BadValue('NUL_BYTE');
const INVALID_UTF8 = new BadValue('INVALID_UTF8');
const INVALID_OPTION_LIST = new BadValue('INVALID_OPTION_LIST');
const SUSPECT_CHARS = /[\u0000\uFFFD]/;
const OPTION_ID = /^\s*\d+\s*$/;

/** Converts one raw value of a value table to its typed form, or a BadValue. null stays null. */
export function convertEavValue(raw: unknown, table: ValueBackendType, multiselect: boolean): EavValue | null | BadValue {
  if (raw === null || raw === undefined) return null;
  switch (table) {
    case 'int': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      return multiselect ? [n] : n;
    }
    case 'decimal':
      return String(raw);
    case 'datetime':
      return convertDatetime(String(raw));
    default: {
      const s = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
      if (SUSPECT_CHARS.test(s)) return s.includes('\u0000') ? NUL_BYTE : INVALID_UTF8;
      return multiselect ? parseOptionList(s) : s;
    }
  }
}

/** "2024-01-31 10:00:00" (UTC, as Magento stores it) -> "2024-01-31T10:00:00Z"; zero dates are rejected. */
export function convertDatetime(s: string): string | BadValue {
  // YYYY-MM-DD: a zero year, month or day is MySQL's "zero date" family, not a day on any calendar.
  if (s.length < 10 || s.startsWith('0000') || s[5] + s[6] === '00' || s[8] + s[9] === '00') return ZERO_DATE;
  if (s.length === 10) return `${s}T00:00:00Z`;
  return `${s.slice(0, 10)}T${s.slice(11)}Z`;
}

/** "12,5, 7" -> [12, 5, 7]; "" -> []; anything else -> INVALID_OPTION_LIST. */
export function parseOptionList(s: string): number[] | BadValue {
  const out: number[] = [];
  if (s.trim() === '') return out;
  for (const part of s.split(',')) {
    if (!OPTION_ID.test(part)) return INVALID_OPTION_LIST;
    out.push(Number(part));
  }
  return out;
}

export function isBadValue(v: unknown): v is BadValue {
  return v instanceof BadValue;
}

interface Acc {
  defaults: Record<string, EavValue>;
  storeRows: StoreRow[];
}

export function pivotEavValues(raw: RawEavValues, keys: readonly number[], ctx: PivotContext): PivotResult {
  const describeKey = ctx.describeKey ?? ((k: number) => `entity_id=${k}`);
  const byId = ctx.attributes.byId;
  const websiteOfStore = ctx.stores.websiteOfStore;
  const accs = new Map<number, Acc>();
  // Defaults start as null-prototype (dictionary) objects: keyed by attribute code, a product's 20-odd
  // values would turn a plain {} into a dictionary anyway after 16, after a costly copy (and a code such as
  // "__proto__" stays an ordinary key).
  for (const k of keys) if (!ctx.ignoreKeys?.has(k)) accs.set(k, { defaults: Object.create(null) as Record<string, EavValue>, storeRows: [] });
  const stats = newScopeStats();
  const rejects: Reject[] = [];
  let orphanAttr = 0;
  let wrongTable = 0;
  let orphanStore = 0;
  let orphanEntity = 0;
  let globalStore = 0;

  for (const table of VALUE_BACKEND_TYPES) {
    const rows = raw[table];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const acc = accs.get(row[0]);
      if (acc === undefined) {
        if (ctx.countOrphanKeys && !ctx.ignoreKeys?.has(row[0])) orphanEntity++;
        continue;
      }
      const attr: EavAttribute | undefined = byId[row[1]];
      if (attr === undefined) {
        orphanAttr++;
        continue;
      }
      if (attr.backendType !== table) {
        wrongTable++;
        continue;
      }
      const storeId = row[2];
      if (storeId !== 0) {
        if (websiteOfStore[storeId] === undefined) {
          orphanStore++;
          continue;
        }
        if (attr.scope === 'global') {
          globalStore++;
          continue;
        }
      }
      const value = convertEavValue(row[3], table, attr.isMultiselect);
      if (value instanceof BadValue) {
        rejects.push({ sourceKey: `${describeKey(row[0])},attribute=${attr.code},store=${storeId}`, reason: value.reason });
        continue;
      }
      if (storeId === 0) {
        // A NULL default row is "no value" under either policy.
        if (value !== null) acc.defaults[attr.code] = value;
      } else {
        acc.storeRows.push({ storeId, attr, value });
      }
    }
  }

  const entities = new Map<number, ScopedValues>();
  for (const [key, acc] of accs) {
    entities.set(key, resolveScopes(acc.defaults, acc.storeRows, ctx.stores, ctx.nullPolicy, stats));
  }
  stats['eav.orphan_attribute_rows'] += orphanAttr;
  stats['eav.wrong_table_rows'] += wrongTable;
  stats['eav.orphan_store_rows'] += orphanStore;
  stats['eav.orphan_entity_rows'] += orphanEntity;
  stats['scope.global_store_rows_ignored'] += globalStore;
  stats['eav.rejected_values'] += rejects.length;
  return { entities, rejects, stats };
}
