/**
 * The shipping context's migration: store views (websites by code), table rates, and the carriers' settings
 * with the secrets left out, into the shipping service (services/shipping); its reconciliation per website
 * and base currency.
 */
import { Decimal } from 'decimal.js';
import { readRows } from '../../extractors/query.ts';
import { shippingContract as c, shippingService, shippingTotals } from '../../services/shipping/index.ts';
import { shippingBaseCurrencies, shippingTablerateSums } from '../../sql/source/reconcile/index.ts';
import { carrierConfig, carrierConfigCount, storeCount, stores, tablerateCount, tablerates, type SourceConfigRow, type SourceTablerate } from '../../sql/source/shipping/index.ts';
import { mapCarrierConfig, mapTablerates } from '../../transforms/shipping/shipping.ts';
import { declaredEntity } from '../declared-entity.ts';
import { check, reconciliationOf } from '../reconcile-support.ts';
import type { ReconciliationRow } from '../report.ts';
import { storeViewsEntity } from '../store-views.ts';
import type { ContextMigration } from '../types.ts';
import { shippingVerify } from '../../verify/shipping/index.ts';

const tablerateEntity = declaredEntity<SourceTablerate, undefined, object>('shipping', {
  entity: 'tablerates',
  page: tablerates,
  count: tablerateCount,
  key: { columns: ['t.pk'], of: (r) => Number(r.pk) },
  map: (p) => mapTablerates(p.rows),
  writes: [c.tablerate],
  primaryTable: 'tablerate',
});

const carrierConfigEntity = declaredEntity<SourceConfigRow, undefined, object>('shipping', {
  entity: 'carrier_config',
  page: carrierConfig,
  count: carrierConfigCount,
  key: { columns: ['c.config_id'], of: (r) => Number(r.config_id) },
  map: (p) => mapCarrierConfig(p.rows),
  writes: [c.carrier_config],
  primaryTable: 'carrier_config',
});

export const shippingMigration: ContextMigration = {
  name: 'shipping',
  service: shippingService,
  entities: [storeViewsEntity('shipping', c.store, stores, storeCount), tablerateEntity, carrierConfigEntity],
  verify: shippingVerify,
  async reconcile({ entities, target, src }) {
    if (!target) return undefined;
    const currencies = await readRows(src.conn, shippingBaseCurrencies);
    const base = (w: number) => currencies.find((r) => r.scope === 'websites' && Number(r.scope_id) === w)?.value ?? currencies.find((r) => r.scope === 'default')?.value ?? 'USD';
    const totals = await shippingTotals(target);
    const rows: ReconciliationRow[] = [];
    for (const s of await readRows(src.conn, shippingTablerateSums)) {
      const w = Number(s.website_id);
      const t = totals.tablerates.find((x) => x.website === w);
      rows.push(check('table rates', 'count', `website ${w}`, s.n, t?.count ?? 0));
      rows.push({ ...check('table rates', 'price', `website ${w}`, s.total, t?.price ?? 0), currency: base(w) });
      rows.push({ ...check('table rates', 'cost', `website ${w}`, s.cost, t?.cost ?? 0), currency: base(w) });
    }
    const config = entities.find((e) => e.entity === 'carrier_config');
    const secrets = Object.entries(config?.stats ?? {}).filter(([k]) => k.startsWith('secrets_not_copied.')).map(([k, n]) => [k.slice('secrets_not_copied.'.length), n] as const);
    const secretRows = secrets.reduce((a, [, n]) => a.plus(n), new Decimal(0));
    rows.push(check('carrier settings', 'count', '-', config?.sourceCount ?? 0, totals.settings, (config?.rejected ?? 0)));
    const notes = [secrets.length
      ? `Carrier secrets not copied (${secretRows.toFixed()} setting${secretRows.eq(1) ? '' : 's'}): ${secrets.map(([p, n]) => `${p}${n > 1 ? ` (${n} scopes)` : ''}`).join(', ')}.`
      : 'No carrier secrets in the source settings.'];
    notes.push("Unset carrier settings take Magento's config.xml defaults in the service (flat rate on, table rate and free shipping off).");
    return reconciliationOf(rows, notes);
  },
};
