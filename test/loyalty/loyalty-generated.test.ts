/**
 * The loyalty service on generated stores. Adobe Commerce: every customer's reward points and store credit
 * answered by GET /loyalty/{id} as the source's own SQL reads them (balances, history, exact amounts and
 * currencies), the balances of deleted customers rejected with their history, gift cards by code, the
 * reconciliation balanced per currency. Open Source: the tables are absent, nothing is read, the report says so.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { seedSource } from '../../generator/index.ts';
import { loyaltyMigration } from '../../pipeline/loyalty/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';

describe('loyalty service on a generated Adobe Commerce store (small)', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];

  beforeAll(async () => {
    dbs = await createTestDatabases('loyaltycom');
    await seedSource({ source: dbs.mysqlUrl, profile: 'small', edition: 'commerce', force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, loyaltyMigration, 25));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads every balance but those of deleted customers (rejected with their history), reconciled per currency', async () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    const [{ rewards, credits, cards }] = await src<{ rewards: number; credits: number; cards: number }>('SELECT (SELECT COUNT(*) FROM magento_reward) AS rewards, (SELECT COUNT(*) FROM magento_customerbalance) AS credits, (SELECT COUNT(*) FROM magento_giftcardaccount) AS cards');
    expect(by.rewards).toMatchObject({ sourceCount: Number(rewards), rejected: 1, rejectsByReason: { CUSTOMER_DELETED: 1 } });
    expect(by.reward_history).toMatchObject({ rejected: 2, rejectsByReason: { PARENT_REJECTED: 2 } });
    expect(by.store_credit).toMatchObject({ sourceCount: Number(credits), rejected: 1 });
    expect(by.gift_cards).toMatchObject({ sourceCount: Number(cards), loaded: Number(cards) });
    expect(report.countsAddUp).toBe(true);
    const rec = report.services[0].reconciliation!;
    expect(rec.balanced).toBe(true);
    const [{ credit }] = await src<{ credit: string }>('SELECT SUM(amount) AS credit FROM magento_customerbalance');
    expect(rec.rows.find((r) => r.doc === 'store credit' && r.measure === 'amount')).toMatchObject({ currency: 'USD', source: String(Number(credit)), rejected: '25.5', balanced: true });
    expect(rec.rows.find((r) => r.doc === 'gift cards' && r.measure === 'balance')).toMatchObject({ currency: 'USD', source: '975', target: '975' });
  });

  it("answers every customer's points and store credit with their history as the source holds them", async () => {
    const customers = await src<{ entity_id: number }>('SELECT entity_id FROM customer_entity WHERE entity_id IN (SELECT customer_id FROM magento_reward UNION SELECT customer_id FROM magento_customerbalance) ORDER BY entity_id');
    expect(customers.length).toBeGreaterThan(80);
    for (const { entity_id: cid } of customers) {
      const id = entityUuid('customer', cid);
      const res = await server.app.inject({ url: `/loyalty/${id}`, headers: await customerHeaders(id) });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const rewards = await src<{ website_id: number; points_balance: number; deltas: string }>(
        `SELECT r.website_id, r.points_balance, (SELECT GROUP_CONCAT(h.points_delta ORDER BY h.history_id) FROM magento_reward_history h WHERE h.reward_id = r.reward_id) AS deltas
           FROM magento_reward r WHERE r.customer_id = ? ORDER BY r.website_id`, [cid]);
      expect(body.rewards.map((r: { website_magento_id: number; points_balance: number; history: Array<{ points_delta: number }> }) => [r.website_magento_id, r.points_balance, r.history.map((h) => h.points_delta).join(',')]))
        .toEqual(rewards.map((r) => [r.website_id, r.points_balance, r.deltas]));
      const credits = await src<{ website_id: number; amount: string; currency: string; deltas: string }>(
        `SELECT b.website_id, b.amount, b.base_currency_code AS currency, (SELECT GROUP_CONCAT(h.balance_delta ORDER BY h.history_id) FROM magento_customerbalance_history h WHERE h.balance_id = b.balance_id) AS deltas
           FROM magento_customerbalance b WHERE b.customer_id = ? ORDER BY b.website_id`, [cid]);
      expect(body.store_credit.map((c: { website_magento_id: number; amount: string; currency: string; history: Array<{ balance_delta: string }> }) => [c.website_magento_id, c.amount, c.currency, c.history.map((h) => h.balance_delta).join(',')]))
        .toEqual(credits.map((c) => [c.website_id, c.amount, c.currency, c.deltas]));
    }
    const first = entityUuid('customer', customers[0].entity_id);
    expect((await server.app.inject({ url: `/loyalty/${first}`, headers: await customerHeaders(entityUuid('customer', 999_999)) })).statusCode).toBe(403);
    expect((await server.app.inject({ url: `/loyalty/${first}`, headers: await staffHeaders(['loyalty']) })).statusCode).toBe(200);
  });

  it('finds a gift card by its code, balance exact, for staff only', async () => {
    const [card] = await src<{ code: string; balance: string; date_expires: string | null }>('SELECT code, balance, date_expires FROM magento_giftcardaccount WHERE date_expires IS NOT NULL LIMIT 1');
    const res = await server.app.inject({ url: `/loyalty/giftcards/${encodeURIComponent(card.code)}`, headers: await staffHeaders(['support']) });
    expect(res.json().accounts[0]).toMatchObject({ code: card.code, balance: card.balance, currency: 'USD', date_expires: card.date_expires });
    expect((await server.app.inject({ url: '/loyalty/giftcards/NOPE', headers: await staffHeaders(['support']) })).statusCode).toBe(404);
    expect((await server.app.inject({ url: `/loyalty/giftcards/${encodeURIComponent(card.code)}`, headers: await customerHeaders(entityUuid('customer', 3)) })).statusCode).toBe(403);
  });
});

describe('loyalty service on a generated Open Source store', () => {
  let dbs: TestDatabases;
  let report: RunReport;
  let server: HttpServer;
  beforeAll(async () => {
    dbs = await createTestDatabases('loyaltyos');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition: 'opensource', force: true });
    ({ report, server } = await migrateAndServe(dbs, loyaltyMigration, 25));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await dbs?.cleanup();
  });

  it('reads nothing where the Commerce tables are absent, and says so', async () => {
    for (const e of report.services[0].entities) expect([e.entity, e.sourceCount, e.loaded, e.countsAddUp]).toEqual([e.entity, 0, 0, true]);
    expect(report.services[0].reconciliation!.notes).toEqual([
      'magento_reward is absent (Adobe Commerce only): no reward points read.',
      'magento_customerbalance is absent (Adobe Commerce only): no store credit read.',
      'magento_giftcardaccount is absent (Adobe Commerce only): no gift cards read.',
    ]);
    const id = entityUuid('customer', 1);
    expect((await server.app.inject({ url: `/loyalty/${id}`, headers: await customerHeaders(id) })).json()).toEqual({ customer_id: id, rewards: [], store_credit: [] });
  });
});
