/**
 * The checkout context's migration, off by default: `migrate --carts-since DATE` adds it, and it moves the
 * active carts (quote.is_active = 1) updated on or after DATE, with their lines, addresses and applied coupon
 * codes, into the checkout service (services/checkout) for abandoned-cart recovery. Converted and older carts
 * stay behind (the order context counts them as carts.not_migrated).
 */
import { MagemigError } from '../../core/errors.ts';
import { readCount, readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { checkoutContract as c, checkoutService } from '../../services/checkout/index.ts';
import { cartAddresses, cartCount, cartCustomers, cartItems, cartPasswordCount, carts, storeCount, stores, type SourceCart } from '../../sql/source/checkout/index.ts';
import { mapCarts, type CartChildren } from '../../transforms/checkout/carts.ts';
import { declaredEntity } from '../declared-entity.ts';
import { check, reconciliationOf } from '../reconcile-support.ts';
import { storeViewsEntity } from '../store-views.ts';
import { checkoutVerify } from '../../verify/checkout/index.ts';
import type { ContextMigration } from '../types.ts';

/** A calendar date, YYYY-MM-DD (the day's start in the source's time, as quote.updated_at is stored). */
export function parseCartsSince(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new MagemigError('USAGE', `--carts-since takes a date YYYY-MM-DD, got '${value}'`);
  return `${value} 00:00:00`;
}

/** The checkout context for carts updated since `since` (YYYY-MM-DD); null: the service alone (serve). */
export function checkoutMigration(since: string | null): ContextMigration {
  const from = since === null ? '9999-12-31 00:00:00' : parseCartsSince(since);
  const params = (): Record<string, unknown> => ({ since: from });
  const passwords = (src: SourceContext): Promise<number> => src.memo('checkout.passwords', () => readCount(src.conn, cartPasswordCount, params()));
  const cartsEntity = declaredEntity<SourceCart, number, CartChildren>('checkout', {
    entity: 'carts',
    page: carts,
    count: cartCount,
    key: { columns: ['q.entity_id'], of: (r) => Number(r.entity_id) },
    maxBatch: 1000,
    children: { items: { query: cartItems, by: 'range' }, addresses: { query: cartAddresses, by: 'range' } },
    enrich: {
      reads: [cartCustomers],
      async run(conn, page) {
        const ids = [...new Set(page.rows.filter((r) => r.customer_id !== null && Number(r.customer_id) > 0).map((r) => Number(r.customer_id)))];
        return { customers: ids.length ? await readRows(conn, cartCustomers, { ids }) : [] };
      },
    },
    lookups: [cartPasswordCount],
    prepare: passwords,
    params,
    map: (p) => mapCarts(p.rows, p.children),
    writes: [c.cart, c.cart_item, c.cart_address],
    primaryTable: 'cart',
  });
  return {
    name: 'checkout',
    service: checkoutService,
    verify: checkoutVerify(from),
    entities: [storeViewsEntity('checkout', c.store, stores, storeCount), cartsEntity],
    async reconcile({ entities, target, src }) {
      if (!target) return undefined;
      const report = entities.find((e) => e.entity === 'carts');
      const { rows } = await target.query('SELECT count(*)::int AS n FROM cart');
      const secrets = await passwords(src);
      return reconciliationOf(
        [check('active carts', 'count', `updated since ${from.slice(0, 10)}`, report?.sourceCount ?? 0, rows[0].n, report?.rejected ?? 0), check('not copied: checkout password hashes (quote.password_hash)', 'count', 'all', secrets, 0, secrets)],
        [`carts updated since ${from.slice(0, 10)} (migrate --carts-since); older and converted carts stay behind`],
      );
    },
  };
}
