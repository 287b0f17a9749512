/**
 * What a store view shows of an entity, resolved here from its raw value rows by the policy the README
 * documents ("Store scope: what a store view sees"), written apart from transforms/eav on purpose:
 *  - global attributes: the store 0 row;
 *  - store scope: the view's own row, else store 0;
 *  - website scope: a view with a row of its own sees the row of its website's lowest store_id that has one;
 *    a view without a row sees store 0;
 *  - an explicit NULL row: 'explicit' lets it win (no value); 'inherit' ignores it.
 * Values a migration must reject (zero dates, NUL bytes, bytes that were not UTF-8, a broken option list) read
 * as absent, as the rejected value does in the target.
 */
import type { NullPolicy } from '../../core/batch.ts';
import type { SourceAttribute, SourceStoreView, ValueRow } from './source.ts';

type Typed = number | string | number[];

function typed(a: SourceAttribute, raw: unknown): Typed | undefined {
  if (raw === null || raw === undefined) return undefined;
  const s = String(raw);
  if (s.includes('\u0000') || s.includes('\uFFFD')) return undefined;
  if (a.frontend_input === 'multiselect') {
    if (s.trim() === '') return [];
    const ids = s.split(',').map((x) => x.trim());
    return ids.every((x) => /^\d+$/.test(x)) ? ids.map(Number) : undefined;
  }
  if (a.backend_type === 'int') return Number(s);
  if (a.backend_type === 'datetime') {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?/.exec(s);
    if (!m || m[1] === '0000' || m[2] === '00' || m[3] === '00') return undefined;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}Z`;
  }
  return s;
}

/** attribute code -> value a store view shows (absent: no value). */
export function storeViewValues(
  rows: readonly ValueRow[],
  attributes: ReadonlyMap<number, SourceAttribute>,
  view: SourceStoreView,
  websiteStores: readonly number[],
  policy: NullPolicy,
): Record<string, unknown> {
  // attribute -> store -> raw value (null: an explicit NULL row)
  const byAttr = new Map<number, Map<number, unknown>>();
  for (const [, attributeId, storeId, value] of rows) {
    if (!attributes.has(attributeId)) continue;
    let m = byAttr.get(attributeId);
    if (!m) byAttr.set(attributeId, (m = new Map()));
    m.set(storeId, value);
  }
  const out: Record<string, unknown> = {};
  for (const [attributeId, stores] of byAttr) {
    const a = attributes.get(attributeId)!;
    const present = (s: number): boolean => stores.has(s) && !(policy === 'inherit' && stores.get(s) === null);
    let raw: unknown;
    if (a.is_global === 1) raw = stores.get(0);
    else if (a.is_global === 2 && present(view.storeId)) raw = stores.get(websiteStores.find((s) => present(s))!);
    else if (a.is_global === 0 && present(view.storeId)) raw = stores.get(view.storeId);
    else raw = stores.get(0);
    const v = typed(a, raw);
    if (v !== undefined) out[a.attribute_code] = v;
  }
  return out;
}

/** Store ids of each website, ascending. */
export function storesByWebsite(views: readonly SourceStoreView[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const v of [...views].sort((a, b) => a.storeId - b.storeId)) {
    let list = out.get(v.websiteId);
    if (!list) out.set(v.websiteId, (list = []));
    list.push(v.storeId);
  }
  return out;
}
