/** The store tree as the customer mappings need it, and the keys of the per-website reconciliation counters. */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { customerContract as c } from '../../services/customer/index.ts';
import type { SourceStore, SourceWebsite } from '../../sql/source/customer/index.ts';

export interface WebsiteRef { id: string; code: string }
export interface StoreRef { id: string; code: string; websiteId: number }

export function websiteRefs(rows: readonly SourceWebsite[]): Map<number, WebsiteRef> {
  return new Map(rows.map((w) => [Number(w.website_id), { id: entityUuid('website', Number(w.website_id)), code: w.code }]));
}

export function storeRefs(rows: readonly SourceStore[]): Map<number, StoreRef> {
  return new Map(rows.map((s) => [Number(s.store_id), { id: entityUuid('store', Number(s.store_id)), code: s.code, websiteId: Number(s.website_id) }]));
}

/** A website as the report names it: its code, `none` (no website_id) or `deleted:<id>`. */
export function websiteLabel(websites: ReadonlyMap<number, WebsiteRef>, websiteId: number | null): string {
  if (websiteId === null) return 'none';
  return websites.get(websiteId)?.code ?? `deleted:${websiteId}`;
}

/** 'reconcile.website=base.customers.loaded': read = loaded + rejected per website, in the report's stats. */
export function reconcileKey(website: string, what: 'customers' | 'addresses', count: 'read' | 'loaded' | 'rejected'): string {
  return `reconcile.website=${website}.${what}.${count}`;
}

export function mapWebsites(rows: readonly SourceWebsite[]): Mapped {
  const out = rows.map((w) => [entityUuid('website', Number(w.website_id)), Number(w.website_id), w.code, w.name]);
  return { loadedRows: out.length, tables: { website: { columns: c.website.columns, rows: out } }, rejects: [], ids: rows.map((w) => ['website', Number(w.website_id), entityUuid('website', Number(w.website_id))]) };
}

/** A store of a website that does not exist keeps no website link (a value reject). */
export function mapStores(rows: readonly SourceStore[], websites: ReadonlyMap<number, WebsiteRef>): Mapped {
  const rejects: Mapped['rejects'] = [];
  const out = rows.map((s) => {
    const w = websites.get(Number(s.website_id));
    if (!w) rejects.push({ sourceKey: `store_id=${s.store_id},attribute=website_id`, reason: 'DANGLING_REFERENCE', detail: `website_id=${s.website_id} does not exist` });
    return [entityUuid('store', Number(s.store_id)), Number(s.store_id), s.code, s.name, w ? w.id : null, Number(s.website_id)];
  });
  return { loadedRows: out.length, tables: { store: { columns: c.store.columns, rows: out } }, rejects };
}
