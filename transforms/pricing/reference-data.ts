/**
 * Websites (with the price settings they carry) and customer groups, for the pricing service. Pure.
 */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { pricingContract as c } from '../../services/pricing/index.ts';
import type { CustomerGroupRow } from '../../sql/source/pricing/index.ts';
import type { PricingSettings } from './settings.ts';

export function mapWebsitePage(ids: readonly number[], settings: PricingSettings): Mapped {
  const wanted = new Set(ids);
  const rows = settings.websites
    .filter((w) => wanted.has(w.magentoId))
    .map((w) => [w.id, w.magentoId, w.code, w.name, w.isDefault, w.defaultStoreId, w.baseCurrency, w.timezone, w.rate, w.priceScope, w.showOutOfStock]);
  return { loadedRows: rows.length, tables: { website: { columns: c.website.columns, rows } }, rejects: [], ids: rows.map((r) => ['website', r[1] as number, r[0] as string]) };
}

export function mapCustomerGroupPage(rows: readonly CustomerGroupRow[]): Mapped {
  const out = rows.map((g) => [entityUuid('customer_group', Number(g.customer_group_id)), Number(g.customer_group_id), g.customer_group_code ?? String(g.customer_group_id)]);
  return { loadedRows: out.length, tables: { customer_group: { columns: c.customer_group.columns, rows: out } }, rejects: [], ids: out.map((r) => ['customer_group', r[1] as number, r[0] as string]) };
}
