/**
 * Media gallery -> product_media (default label/position/disabled, store 0) + product_media_store (a store
 * view's own values; NULL columns inherit, as Magento reads IFNULL(store value, default value)).
 * Magento's gallery: catalog_product_entity_media_gallery (the file, shared), ..._value_to_entity (which products
 * use it), ..._value (per product and store: label, position, disabled), ..._value_video (per store).
 * Rows on stores that no longer exist are ignored and counted (media.orphan_store_rows).
 */
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import type { ProductChildren, Row } from '../../sql/source/catalog/index.ts';
import { num, str, type ProductPageContext } from './product-context.ts';


interface MediaEntry {
  row: unknown[];
  /** Store views with their own values; created on the first one (most entries have none: no Map per image). */
  stores: Map<number, unknown[]> | null;
}

function video(r: Row): Record<string, unknown> {
  return { provider: str(r.provider), url: str(r.url), title: str(r.title), description: str(r.description), metadata: str(r.metadata) };
}

export function transformMedia(extra: ProductChildren, ctx: ProductPageContext): void {
  if (extra.media.length === 0) return;
  const entries = new Map<string, MediaEntry>();
  const byValue = new Map<number, MediaEntry[]>();
  const out = ctx.table(c.product_media);
  for (const m of extra.media) {
    const p = ctx.owners.get(Number(m.owner));
    if (!p) continue;
    const valueId = Number(m.value_id);
    const row = [p.id, entityUuid('product_media', valueId), valueId, str(m.media_type) ?? 'image', str(m.file), null, null, Number(m.disabled) > 0, null];
    const entry: MediaEntry = { row, stores: null };
    entries.set(`${p.rowKey}:${valueId}`, entry);
    let list = byValue.get(valueId);
    if (!list) byValue.set(valueId, (list = []));
    list.push(entry);
    out.push(row);
  }
  const storeRow = (entry: MediaEntry, storeId: number, storeUuid: string): unknown[] => {
    entry.stores ??= new Map();
    let r = entry.stores.get(storeId);
    if (!r) entry.stores.set(storeId, (r = [entry.row[0], entry.row[1], storeUuid, null, null, null, null]));
    return r;
  };
  for (const v of extra.mediaValues) {
    const entry = entries.get(`${Number(v.owner)}:${Number(v.value_id)}`);
    if (!entry) continue;
    const storeId = Number(v.store_id);
    if (storeId === 0) {
      entry.row[5] = str(v.label);
      entry.row[6] = num(v.position);
      entry.row[7] = Number(v.disabled) > 0;
      continue;
    }
    const storeUuid = ctx.storeUuid(storeId);
    if (!storeUuid) {
      ctx.count('media.orphan_store_rows');
      continue;
    }
    const r = storeRow(entry, storeId, storeUuid);
    r[3] = str(v.label);
    r[4] = num(v.position);
    r[5] = v.disabled === null || v.disabled === undefined ? null : Number(v.disabled) > 0;
  }
  for (const v of extra.mediaVideos) {
    const storeId = Number(v.store_id);
    for (const entry of byValue.get(Number(v.value_id)) ?? []) {
      if (storeId === 0) {
        entry.row[8] = video(v);
        continue;
      }
      const storeUuid = ctx.storeUuid(storeId);
      if (!storeUuid) {
        ctx.count('media.orphan_store_rows');
        continue;
      }
      storeRow(entry, storeId, storeUuid)[6] = video(v);
    }
  }
  const stores = ctx.table(c.product_media_store);
  for (const entry of entries.values()) if (entry.stores) for (const r of entry.stores.values()) stores.push(r);
}
