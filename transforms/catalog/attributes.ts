/**
 * Maps EAV attribute metadata onto the catalog service's attribute / option rows. Store-level labels and
 * swatches of store views that are not loaded (deleted stores, rejected store views) are ignored and
 * counted; the admin (store 0) label and swatch go on the attribute / option row itself.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import type {
  SourceAttribute, SourceAttributeLabel, SourceOption, SourceOptionSwatch, SourceOptionValue,
} from '../../sql/source/catalog/index.ts';
import type { CatalogEntityType } from './entity-types.ts';
import { sourceOptionRows, type SourceOptionLookups } from './source-model-options.ts';

/** The rows read with a page of attributes (by attribute_id). */
export interface AttributeDetails {
  labels: SourceAttributeLabel[];
  options: SourceOption[];
  optionValues: SourceOptionValue[];
  swatches: SourceOptionSwatch[];
}

export interface AttributePageContext {
  typeOf: Map<number, CatalogEntityType>;
  /** Magento store id -> store.id (UUID) of the loaded store views. */
  storeUuids: Map<number, string>;
  sourceOptions: SourceOptionLookups;
}

export type AttributeScope = 'global' | 'website' | 'store';

const BACKEND_TYPES = new Set(['static', 'int', 'decimal', 'varchar', 'text', 'datetime']);
/** catalog_eav_attribute.is_global (Magento\Eav\Model\Entity\Attribute\ScopedAttributeInterface). */
const SCOPES: Record<number, AttributeScope> = { 0: 'store', 1: 'global', 2: 'website' };
/** eav_attribute_option_swatch.type (Magento\Swatches\Model\Swatch::SWATCH_TYPE_*). */
const SWATCH_TYPES: Record<number, string> = { 0: 'text', 1: 'color', 2: 'image', 3: 'empty' };

export function scopeOf(isGlobal: number | null | undefined): AttributeScope {
  // No catalog_eav_attribute row: Magento's column default is 1 (global).
  return SCOPES[Number(isGlobal ?? 1)] ?? 'global';
}

const flag = (v: unknown, dflt = false): boolean => (v === null || v === undefined ? dflt : Number(v) !== 0);
const text = (v: string | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : v);

function parseAdditional(raw: string | null): { json: unknown; swatchInput: string | null; bad: boolean } {
  if (raw === null || raw.trim() === '') return { json: null, swatchInput: null, bad: false };
  try {
    const json = JSON.parse(raw) as unknown;
    const input = json && typeof json === 'object' ? (json as Record<string, unknown>).swatch_input_type : undefined;
    return { json, swatchInput: typeof input === 'string' ? input : null, bad: false };
  } catch {
    return { json: null, swatchInput: null, bad: true };
  }
}

/** A page of attributes -> the catalog's attribute tables (services/catalog/contract.ts). */
export function mapAttributePage(page: SourceAttribute[], details: AttributeDetails, ctx: AttributePageContext): Mapped {
  const rows = page.map((a) => ({ ...a, attribute_id: Number(a.attribute_id), entity_type_id: Number(a.entity_type_id) }));
  const m = mapAttributes(rows, numeric(details), ctx.typeOf, ctx.storeUuids);
  const source = sourceOptionRows(rows.filter((a) => m.loadedIds.has(a.attribute_id)), ctx.sourceOptions);
  return {
    loadedRows: m.loaded,
    tables: {
      attribute: { columns: c.attribute.columns, rows: m.attributes },
      attribute_label: { columns: c.attribute_label.columns, rows: m.labels },
      attribute_option: { columns: c.attribute_option.columns, rows: m.options },
      attribute_option_label: { columns: c.attribute_option_label.columns, rows: m.optionLabels },
      attribute_option_swatch: { columns: c.attribute_option_swatch.columns, rows: m.optionSwatches },
      attribute_source_option: { columns: c.attribute_source_option.columns, rows: source.rows },
    },
    rejects: m.rejects,
    ids: m.ids,
    stats: { ...m.stats, ...source.stats },
    samples: m.attributes.slice(0, 2).map((r) => Object.fromEntries(c.attribute.columns.map((col, i) => [col, r[i]]))),
  };
}

function numeric(d: AttributeDetails): AttributeDetails {
  const fix = <T extends object>(rows: T[]): T[] => {
    for (const r of rows) for (const k of ['attribute_id', 'option_id', 'store_id', 'sort_order', 'type'] as const) {
      if (k in r) (r as Record<string, unknown>)[k] = Number((r as Record<string, unknown>)[k]);
    }
    return rows;
  };
  return { labels: fix(d.labels), options: fix(d.options), optionValues: fix(d.optionValues), swatches: fix(d.swatches) };
}

export interface MappedAttributes {
  /** attribute_ids of the loaded attributes. */
  loadedIds: Set<number>;
  attributes: unknown[][];
  labels: unknown[][];
  options: unknown[][];
  optionLabels: unknown[][];
  optionSwatches: unknown[][];
  rejects: Reject[];
  ids: Array<[string, number, string]>;
  stats: Record<string, number>;
  loaded: number;
}

export function mapAttributes(
  page: SourceAttribute[],
  details: AttributeDetails,
  typeOf: Map<number, CatalogEntityType>,
  storeUuids: Map<number, string>,
): MappedAttributes {
  const out: MappedAttributes = { loadedIds: new Set(), attributes: [], labels: [], options: [], optionLabels: [], optionSwatches: [], rejects: [], ids: [], stats: {}, loaded: 0 };
  const count = (k: string, n = 1): void => {
    out.stats[k] = (out.stats[k] ?? 0) + n;
  };
  const loadedAttrs = new Map<number, string>();

  for (const a of page) {
    const key = `attribute_id=${a.attribute_id}`;
    if (!a.attribute_code || a.attribute_code.trim() === '') {
      out.rejects.push({ sourceKey: key, reason: 'NO_CODE', detail: 'eav_attribute.attribute_code is empty' });
      continue;
    }
    if (!BACKEND_TYPES.has(a.backend_type)) {
      out.rejects.push({ sourceKey: `${key},code=${a.attribute_code}`, reason: 'UNKNOWN_BACKEND_TYPE', detail: `backend_type '${a.backend_type}'` });
      continue;
    }
    const id = entityUuid('attribute', a.attribute_id);
    const add = parseAdditional(a.additional_data);
    if (add.bad) count('attributes.invalid_additional_data');
    const applyTo = a.apply_to ? a.apply_to.split(',').map((s) => s.trim()).filter(Boolean) : [];
    out.attributes.push([
      id, a.attribute_id, typeOf.get(a.entity_type_id)!, a.attribute_code, a.backend_type, text(a.frontend_input), text(a.frontend_label),
      scopeOf(a.is_global), flag(a.is_required), flag(a.is_unique), flag(a.is_user_defined), a.default_value, text(a.note),
      text(a.source_model), text(a.backend_model), text(a.frontend_model), text(a.frontend_class),
      flag(a.is_visible, true), flag(a.is_searchable), Number(a.is_filterable ?? 0), flag(a.is_comparable), flag(a.is_visible_on_front),
      flag(a.is_html_allowed_on_front), flag(a.is_filterable_in_search), flag(a.used_in_product_listing), flag(a.used_for_sort_by),
      flag(a.is_wysiwyg_enabled), applyTo.length ? applyTo : null, Number(a.position ?? 0), add.swatchInput, add.json,
    ]);
    out.ids.push(['attribute', a.attribute_id, id]);
    loadedAttrs.set(a.attribute_id, id);
    out.loadedIds.add(a.attribute_id);
    out.loaded++;
    if (a.catalog_row === null) count('attributes.no_catalog_eav_attribute_row');
  }

  for (const l of details.labels) {
    const attr = loadedAttrs.get(l.attribute_id);
    if (!attr || l.value === null || l.value === '') continue;
    const store = storeUuids.get(l.store_id);
    if (!store) {
      // Store 0 labels are not how Magento stores the admin label (eav_attribute.frontend_label is).
      count(l.store_id === 0 ? 'attribute_labels.admin_row_ignored' : 'attribute_labels.unknown_store');
      continue;
    }
    out.labels.push([attr, store, l.value]);
  }

  // Store rows keyed "option:store"; duplicates (no unique key in Magento) resolve to the last row read.
  const adminLabel = new Map<number, string | null>();
  const storeLabels = new Map<string, [number, number, string]>();
  for (const v of details.optionValues) {
    if (v.store_id === 0) {
      adminLabel.set(v.option_id, v.value);
    } else if (v.value !== null && v.value !== '') {
      if (!storeUuids.has(v.store_id)) count('attribute_option_labels.unknown_store');
      else storeLabels.set(`${v.option_id}:${v.store_id}`, [v.option_id, v.store_id, v.value]);
    }
  }
  const adminSwatch = new Map<number, [string, string | null]>();
  const storeSwatches: Array<[number, number, string, string | null]> = [];
  for (const s of details.swatches) {
    const type = SWATCH_TYPES[s.type];
    if (!type) {
      count('attribute_option_swatches.unknown_type');
      continue;
    }
    if (s.store_id === 0) adminSwatch.set(s.option_id, [type, s.value]);
    else if (!storeUuids.has(s.store_id)) count('attribute_option_swatches.unknown_store');
    else storeSwatches.push([s.option_id, s.store_id, type, s.value]);
  }

  const loadedOptions = new Set<number>();
  for (const o of details.options) {
    const attr = loadedAttrs.get(o.attribute_id);
    if (!attr) continue;
    const id = entityUuid('attribute_option', o.option_id);
    const sw = adminSwatch.get(o.option_id);
    out.options.push([id, o.option_id, attr, o.sort_order, adminLabel.get(o.option_id) ?? null, sw?.[0] ?? null, sw?.[1] ?? null]);
    out.ids.push(['attribute_option', o.option_id, id]);
    loadedOptions.add(o.option_id);
    if (!adminLabel.has(o.option_id)) count('attribute_options.no_admin_label');
  }
  for (const [optionId, storeId, label] of storeLabels.values()) {
    if (loadedOptions.has(optionId)) out.optionLabels.push([entityUuid('attribute_option', optionId), storeUuids.get(storeId)!, label]);
  }
  for (const [optionId, storeId, type, value] of storeSwatches) {
    if (loadedOptions.has(optionId)) out.optionSwatches.push([entityUuid('attribute_option', optionId), storeUuids.get(storeId)!, type, value]);
  }
  return out;
}
