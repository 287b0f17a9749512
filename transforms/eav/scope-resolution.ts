/**
 * Store-scope resolution, pure: from an entity's default values and its store-level rows to the layers a
 * store view reads (ScopedValues), and from the layers to what one store view shows.
 *
 * The rules (issue 3, "Scope"):
 *  - A store view sees its store value, else its website's value (website-scope attributes), else the default.
 *  - Store-scope attribute (is_global 0): each store view's row is its own value.
 *  - Website-scope attribute (is_global 2): Magento writes the value on every store view of the website; we keep
 *    ONE value per website, the row of the website's lowest store_id (after the null policy below). Websites
 *    whose store views disagree are counted (scope.website_conflicts), as are websites where only some store
 *    views have a row (scope.website_partial: Magento would show those others the default).
 *  - Global attribute (is_global 1): store rows are ignored (counted by the pivot).
 *  - Explicit NULL at store level (NullPolicy, an option of the run):
 *      'inherit':  the NULL row is ignored, the store view falls back, like Magento's flat
 *                 indexer (it COALESCEs store and default);
 *      'explicit': the row's presence wins, the store view has no value, like the EAV indexer and the product
 *                 repository (a store row exists, so "Use Default Value" is off).
 *    scope.null_policy_differs counts the (entity, attribute, store view) values on which the two rules differ.
 *    (The run's default is the orchestrator's: pipeline/run-migration.ts DEFAULT_NULL_POLICY.)
 *  - Layers hold only what changes the result: a store or website value equal to the default is dropped.
 */
import type { NullPolicy } from '../../core/batch.ts';
import type { EavAttribute, EavValue, ScopedValues, StoreScopes } from './types.ts';

export interface StoreRow {
  storeId: number;
  attr: EavAttribute;
  /** null: an explicit NULL row. */
  value: EavValue | null;
}

export const SCOPE_STAT_KEYS = [
  'scope.null_policy_differs',
  'scope.website_conflicts',
  'scope.website_partial',
  'scope.global_store_rows_ignored',
  'eav.orphan_attribute_rows',
  'eav.orphan_store_rows',
  'eav.orphan_entity_rows',
  'eav.wrong_table_rows',
  'eav.rejected_values',
] as const;

export function newScopeStats(): Record<string, number> {
  const s: Record<string, number> = {};
  for (const k of SCOPE_STAT_KEYS) s[k] = 0;
  return s;
}

export function valuesEqual(a: EavValue | null | undefined, b: EavValue | null | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  return false;
}

function layerOf(layers: Map<number, Record<string, EavValue | null>>, id: number): Record<string, EavValue | null> {
  let l = layers.get(id);
  if (l === undefined) layers.set(id, (l = {}));
  return l;
}

/** Builds an entity's layers. `stats` receives null_policy_differs, website_conflicts and website_partial. */
export function resolveScopes(
  defaults: Record<string, EavValue>,
  storeRows: StoreRow[],
  stores: StoreScopes,
  policy: NullPolicy,
  stats: Record<string, number>,
): ScopedValues {
  const websites = new Map<number, Record<string, EavValue | null>>();
  const storeLayers = new Map<number, Record<string, EavValue | null>>();
  let websiteRows: Map<string, StoreRow[]> | undefined;
  for (const row of storeRows) {
    if (row.attr.scope === 'website') {
      const key = `${row.attr.attributeId}:${stores.websiteOfStore[row.storeId]}`;
      websiteRows ??= new Map();
      const list = websiteRows.get(key);
      if (list) list.push(row);
      else websiteRows.set(key, [row]);
      continue;
    }
    const code = row.attr.code;
    const d = defaults[code];
    if (row.value === null) {
      if (d === undefined) continue; // NULL over no default: no value under either rule.
      stats['scope.null_policy_differs']++;
      if (policy === 'explicit') layerOf(storeLayers, row.storeId)[code] = null;
    } else if (!valuesEqual(row.value, d)) {
      layerOf(storeLayers, row.storeId)[code] = row.value;
    }
  }
  if (websiteRows) {
    for (const rows of websiteRows.values()) resolveWebsite(rows, defaults, stores, policy, stats, websites, storeLayers);
  }
  return { defaults, websites, stores: storeLayers };
}

function resolveWebsite(
  rows: StoreRow[],
  defaults: Record<string, EavValue>,
  stores: StoreScopes,
  policy: NullPolicy,
  stats: Record<string, number>,
  websites: Map<number, Record<string, EavValue | null>>,
  storeLayers: Map<number, Record<string, EavValue | null>>,
): void {
  rows.sort((a, b) => a.storeId - b.storeId);
  const code = rows[0].attr.code;
  const websiteId = stores.websiteOfStore[rows[0].storeId] as number;
  const storeCount = stores.storesOfWebsite.get(websiteId)?.length ?? rows.length;
  const d = defaults[code];
  const firstNonNull = rows.find((r) => r.value !== null);
  // What the website's store views see under each rule (undefined/null: no value).
  const underInherit = firstNonNull ? firstNonNull.value : d;
  const underExplicit = rows[0].value === null ? undefined : rows[0].value;
  if (!valuesEqual(underInherit ?? undefined, underExplicit)) stats['scope.null_policy_differs'] += storeCount;

  const present = policy === 'inherit' ? rows.filter((r) => r.value !== null) : rows;
  if (present.length === 0) return;
  for (let i = 1; i < present.length; i++) {
    if (!valuesEqual(present[i].value, present[0].value)) {
      stats['scope.website_conflicts']++;
      break;
    }
  }
  if (present.length < storeCount) stats['scope.website_partial']++;
  const chosen = present[0].value;
  let websiteLayered = false;
  if (chosen === null) {
    if (d !== undefined) {
      layerOf(websites, websiteId)[code] = null;
      websiteLayered = true;
    }
  } else if (!valuesEqual(chosen, d)) {
    layerOf(websites, websiteId)[code] = chosen;
    websiteLayered = true;
  }
  // A store view added to the website after the value was saved has no row: Magento shows it the default,
  // not its siblings' value, so it gets a store-level override back to the default.
  if (websiteLayered && present.length < storeCount) {
    const withRow = new Set(present.map((r) => r.storeId));
    for (const storeId of stores.storesOfWebsite.get(websiteId) ?? []) {
      if (!withRow.has(storeId)) layerOf(storeLayers, storeId)[code] = d ?? null;
    }
  }
}

/**
 * What a store view shows: defaults, overlaid by its website's layer, overlaid by its own layer; explicit
 * nulls remove the value. (In SQL over the catalog tables: jsonb_strip_nulls(default || website || store).)
 */
export function resolveStoreView(scoped: ScopedValues, storeId: number, websiteId: number): Record<string, EavValue> {
  const out: Record<string, EavValue | null> = { ...scoped.defaults };
  const w = scoped.websites.get(websiteId);
  if (w) Object.assign(out, w);
  const s = scoped.stores.get(storeId);
  if (s) Object.assign(out, s);
  for (const k of Object.keys(out)) if (out[k] === null) delete out[k];
  return out as Record<string, EavValue>;
}
