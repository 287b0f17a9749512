/**
 * The promotion service on the real Luma 2.4.2 dump: its four cart rules evaluated on carts whose discounts
 * are worked out by hand from Magento's formulas (research: the Luma walk-through), the H20 coupon, and
 * redemptions: idempotent per order, "once per customer" held under concurrent requests.
 *
 * Luma's rules (all on website base, groups 0-3, sort_order 0, no stop):
 *  1 buy_x_get_y X=3 Y=1 when a line of category 25 or 16 (tees) is in the cart, on every line;
 *  2 by_percent 0 with free shipping for the whole shipment when subtotal >= 50;
 *  3 by_percent 20 when subtotal >= 200, on lines neither in category 6 (watches) nor sale = 1;
 *  4 by_percent 70 on SKU 24-UG06 with coupon H20, uses_per_customer 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { promotionMigration } from '../../pipeline/promotion/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';

describe.skipIf(!lumaAvailable)('promotion service on the Luma dump', () => {
  let dbs: TestDatabases;
  let report: RunReport;
  let server: HttpServer;
  const evaluate = async (body: Record<string, unknown>) => (await server.app.inject({ method: 'POST', url: '/promotion/evaluate', payload: { website: 'base', customer_group: 1, date: '2024-06-01', ...body } })).json();
  const redeem = async (code: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
    server.app.inject({ method: 'POST', url: `/promotion/coupons/${code}/redeem`, payload: body, headers: headers ?? (await staffHeaders(['sales'])) });

  beforeAll(async () => {
    dbs = await createTestDatabases('promoluma');
    await loadLumaDump(dbs.mysqlDatabase);
    ({ report, server } = await migrateAndServe(dbs, promotionMigration, 500));
  });
  afterAll(async () => {
    await server?.close();
    await dbs?.cleanup();
  });

  it('loads the 4 rules (all evaluable), the coupon and the facts of 2,046 products', () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.sales_rules).toMatchObject({ sourceCount: 4, loaded: 4, rejectsByReason: {} });
    expect(by.coupons).toMatchObject({ sourceCount: 1, loaded: 1 });
    expect(by.products).toMatchObject({ sourceCount: 2046, loaded: 2046 });
  });

  it('applies every rule to a big cart with the coupon, in rule order', async () => {
    // MS09 (tees, 16) x4 at 32: rule 1 frees 1 unit (32.00), rule 3 takes 20% of the rest (19.20) = 51.20.
    // 24-UG06 (3, 5) at 7: rule 3 1.40, then rule 4 70% of 5.60 = 3.92 -> 5.32. 24-MG04 (watches, 6) at 100: nothing.
    const r = await evaluate({ coupon: 'h20', subtotal: '235', items: [{ sku: 'MS09', qty: 4, price: '32' }, { sku: '24-UG06', qty: 1, price: '7' }, { sku: '24-MG04', qty: 1, price: '100' }] });
    expect(r.rules_applied.map((x: { magento_id: number }) => x.magento_id)).toEqual([1, 2, 3, 4]);
    expect(r.rules_applied[0].id).toBe(entityUuid('sales_rule', 1));
    expect(r.items.map((i: { sku: string; discount: string }) => [i.sku, i.discount])).toEqual([['MS09', '51.20'], ['24-UG06', '5.32'], ['24-MG04', '0.00']]);
    expect(r).toMatchObject({ discount: '56.52', free_shipping: true, coupon: { code: 'h20', applied: true } });
  });

  it('needs a tee for the 4th-free rule, $200 for 20% off, $50 for free shipping, the coupon for 70%', async () => {
    const noTee = await evaluate({ subtotal: '28', items: [{ sku: '24-UG06', qty: 4, price: '7' }] });
    expect(noTee).toMatchObject({ discount: '0.00', free_shipping: false, rules_applied: [] });
    const tee = await evaluate({ subtotal: '156', items: [{ sku: 'MS09', qty: 4, price: '32' }, { sku: '24-UG06', qty: 4, price: '7' }] });
    // Rule 1 is on every line once a tee is in: 1 unit each; 156 >= 50: free shipping; < 200: no 20%.
    expect(tee).toMatchObject({ discount: '39.00', free_shipping: true });
    expect(tee.rules_applied.map((x: { magento_id: number }) => x.magento_id)).toEqual([1, 2]);
    const lines = await evaluate({ subtotal: '7', coupon: 'H20', items: [{ sku: '24-UG06', qty: 1, price: '7' }] });
    expect(lines).toMatchObject({ discount: '4.90', coupon: { applied: true } });
    // Categories given on the line win over the service's own facts.
    expect((await evaluate({ subtotal: '28', items: [{ sku: 'X', qty: 4, price: '7', categories: [25] }] })).discount).toBe('7.00');
  });

  it('answers a coupon: valid, uses left for a customer, 404 for an unknown code; bad input is a 400', async () => {
    expect((await server.app.inject('/promotion/coupons/H20?customer_id=7')).json()).toMatchObject({ code: 'H20', valid: true, uses_left: 1, rule: { magento_id: 4 } });
    expect((await server.app.inject('/promotion/coupons/NOPE')).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'POST', url: '/promotion/evaluate', payload: { website: 'base', customer_group: 1, subtotal: 'ten', items: [] } })).statusCode).toBe(400);
    expect((await server.app.inject({ method: 'POST', url: '/promotion/evaluate', payload: { website: 'nowhere', customer_group: 1, subtotal: '1', items: [{ sku: 'a', qty: 1, price: '1' }] } })).json()).toMatchObject({ code: 'UNKNOWN_WEBSITE' });
  });

  it('redeems once per customer under concurrent requests, idempotently per order', async () => {
    const attempts = await Promise.all(Array.from({ length: 12 }, (_, i) => redeem('H20', { order_id: `race-${i}`, customer_id: 42 })));
    const ok = attempts.filter((a) => a.statusCode === 200);
    expect(ok).toHaveLength(1);
    for (const a of attempts.filter((x) => x.statusCode !== 200)) expect(a.json()).toMatchObject({ statusCode: 409, code: 'CUSTOMER_LIMIT_REACHED' });
    const winner = ok[0].json().order_id as string;
    // The same order again: the same answer, nothing counted twice.
    expect((await redeem('H20', { order_id: winner, customer_id: 42 })).json()).toMatchObject({ redeemed: true, repeated: true });
    expect((await server.app.inject('/promotion/coupons/H20?customer_id=42')).json()).toMatchObject({ valid: false, reason: 'CUSTOMER_LIMIT_REACHED', uses_left: 0, times_used: 1 });
    // The rule's own uses_per_customer now keeps it out of this customer's cart, not another's.
    const cart = { subtotal: '7', coupon: 'H20', items: [{ sku: '24-UG06', qty: 1, price: '7' }] };
    expect((await evaluate({ ...cart, customer_id: 42 })).discount).toBe('0.00');
    expect((await evaluate({ ...cart, customer_id: 43 })).discount).toBe('4.90');
    // Guests have no per-customer limit (Magento checks it for logged-in customers only).
    const guests = await Promise.all([redeem('H20', { order_id: 'guest-1' }), redeem('H20', { order_id: 'guest-2' })]);
    expect(guests.map((g) => g.statusCode)).toEqual([200, 200]);
    expect((await server.app.inject('/promotion/coupons/H20')).json()).toMatchObject({ times_used: 3 });
    expect((await redeem('H20', { order_id: 'guest-1', customer_id: 42 })).json()).toMatchObject({ repeated: true });
  });

  it('redeems only with a token: the customer for themselves, or staff with the sales role', async () => {
    const none = await server.app.inject({ method: 'POST', url: '/promotion/coupons/H20/redeem', payload: { order_id: 'anon-1' } });
    expect([none.statusCode, none.json().code]).toEqual([401, 'TOKEN_MISSING']);
    expect((await redeem('H20', { order_id: 'c-1', customer_id: 43 }, await customerHeaders(entityUuid('customer', 44)))).statusCode).toBe(403);
    expect((await redeem('H20', { order_id: 'c-1' }, await customerHeaders(entityUuid('customer', 43)))).statusCode).toBe(403);
    expect((await redeem('H20', { order_id: 'c-1' }, await staffHeaders(['catalog']))).statusCode).toBe(403);
    expect((await redeem('H20', { order_id: 'c-1', customer_id: 43 }, await customerHeaders(entityUuid('customer', 43)))).json()).toMatchObject({ redeemed: true });
  });
});
