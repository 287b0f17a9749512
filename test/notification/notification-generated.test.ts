/**
 * The notification service on a generated store: every subscription loaded per store view and bound to its
 * customer's UUID, each address's subscriptions equal to an independent SQL reading of newsletter_subscriber;
 * confirmation codes counted and nowhere in the target; templates as stored, with the variables each reads.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { seedSource } from '../../generator/index.ts';
import { EMAIL_TEMPLATES, NEWSLETTER_TEMPLATES } from '../../generator/steps/mail-templates.ts';
import { notificationMigration } from '../../pipeline/notification/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { staffHeaders } from '../support/tokens.ts';

const STATUS: Record<number, string> = { 1: 'subscribed', 2: 'not_activated', 3: 'unsubscribed', 4: 'unconfirmed' };

describe('notification service on a generated store', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let target: pg.Client;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];

  beforeAll(async () => {
    dbs = await createTestDatabases('notifg');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, notificationMigration, 7));
    target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_notification` });
    await target.connect();
  }, 180_000);
  afterAll(async () => {
    await target?.end();
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads every subscription and template, counts adding up, confirmation codes counted as not copied', async () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    const [s] = await src<{ n: number; codes: number; gone: number }>(`SELECT COUNT(*) AS n,
        SUM(subscriber_confirm_code IS NOT NULL AND subscriber_confirm_code NOT IN ('', 'NULL')) AS codes,
        SUM(customer_id > 0 AND NOT EXISTS (SELECT 1 FROM customer_entity c WHERE c.entity_id = customer_id)) AS gone FROM newsletter_subscriber`);
    expect(Number(s.n)).toBeGreaterThan(5);
    expect(by.subscribers).toMatchObject({ sourceCount: Number(s.n), loaded: Number(s.n), rejected: 0, countsAddUp: true });
    expect(by.subscribers.rejectsByReason.CUSTOMER_DELETED ?? 0).toBe(Number(s.gone));
    expect(by.newsletter_templates).toMatchObject({ sourceCount: NEWSLETTER_TEMPLATES.length, loaded: NEWSLETTER_TEMPLATES.length });
    expect(by.email_templates).toMatchObject({ sourceCount: EMAIL_TEMPLATES.length, loaded: EMAIL_TEMPLATES.length });
    const recon = report.services[0].reconciliation!;
    expect(recon.balanced).toBe(true);
    const codes = recon.rows.find((r) => r.doc.startsWith('not copied: subscription confirmation codes'))!;
    expect([codes.source, codes.target]).toEqual([String(s.codes), '0']);
    expect(Number(s.codes)).toBe(Number(s.n));
    const sample = await src<{ code: string }>('SELECT subscriber_confirm_code AS code FROM newsletter_subscriber ORDER BY subscriber_id LIMIT 20');
    const dump = (await target.query('SELECT string_agg(row_to_json(s)::text, \' \') AS j FROM subscriber s')).rows[0].j as string;
    for (const { code } of sample) expect(dump).not.toContain(code);
  });

  it("answers each address's subscriptions per store view as newsletter_subscriber holds them", async () => {
    const rows = await src<{ subscriber_id: number; email: string; code: string; status: number; customer_id: number; exists_: number }>(`SELECT s.subscriber_id, s.subscriber_email AS email,
        st.code, s.subscriber_status AS status, s.customer_id, EXISTS (SELECT 1 FROM customer_entity c WHERE c.entity_id = s.customer_id) AS exists_
      FROM newsletter_subscriber s LEFT JOIN store st ON st.store_id = s.store_id ORDER BY s.subscriber_id`);
    const headers = await staffHeaders(['notifications']);
    const emails = [...new Set(rows.map((r) => r.email))];
    let customers = 0;
    for (const email of emails) {
      const body = (await server.app.inject({ url: `/notification/subscribers?email=${encodeURIComponent(email.toUpperCase())}`, headers })).json();
      const want = rows.filter((r) => r.email.toLowerCase() === email.toLowerCase());
      expect(body.subscriptions.map((x: { magento_id: number; store: string; status: number; status_code: string; customer_id: string | null }) => [x.magento_id, x.store, x.status, x.status_code, x.customer_id]), email)
        .toEqual(want.map((w) => [Number(w.subscriber_id), w.code, Number(w.status), STATUS[Number(w.status)], Number(w.customer_id) > 0 && Number(w.exists_) ? entityUuid('customer', Number(w.customer_id)) : null]));
      customers += want.filter((w) => Number(w.customer_id) > 0).length;
    }
    expect(customers).toBeGreaterThan(0);
    expect((await server.app.inject({ url: '/notification/subscribers?email=a@b.c' })).statusCode).toBe(401);
    expect((await server.app.inject({ url: '/notification/subscribers?email=a@b.c', headers: await staffHeaders(['sales']) })).statusCode).toBe(403);
  });

  it('keeps every template as stored and lists the variables each reads', async () => {
    const list = (await server.app.inject('/notification/templates')).json().templates as Array<{ id: string; kind: string; magento_id: number; code: string; variables: string[]; config_paths: string[] }>;
    const want = [
      ...(await src<{ template_id: number; template_code: string; template_text: string; template_subject: string }>('SELECT template_id, template_code, template_text, template_subject FROM email_template ORDER BY template_id')).map((t) => ({ kind: 'email', ...t })),
      ...(await src<{ template_id: number; template_code: string; template_text: string; template_subject: string }>('SELECT template_id, template_code, template_text, template_subject FROM newsletter_template ORDER BY template_id')).map((t) => ({ kind: 'newsletter', ...t })),
    ];
    expect(list.map((t) => [t.kind, t.magento_id, t.code])).toEqual(want.map((w) => [w.kind, Number(w.template_id), w.template_code]));
    for (const w of want) {
      const t = list.find((x) => x.kind === w.kind && x.magento_id === Number(w.template_id))!;
      const one = (await server.app.inject(`/notification/templates/${t.id}`)).json();
      expect([one.text, one.subject]).toEqual([w.template_text, w.template_subject]);
    }
    const order = list.find((t) => t.code === 'Order confirmation (custom)')!;
    expect(order.variables).toEqual(['formattedShippingAddress', 'order.increment_id', 'order_data.customer_name', 'order_data.is_not_virtual', 'order_id', 'store.frontend_name']);
    expect(order.config_paths).toEqual(['design/email/footer_template', 'design/email/header_template']);
    const spring = list.find((t) => t.code === 'Spring sale')!;
    expect(spring.variables).toEqual(['store.getFrontendName()', 'subscriber.getSubscriberFullName()', 'subscriber.getUnsubscriptionLink()']);
    expect(list.find((t) => t.code === 'Plain')!.variables).toEqual([]);
    expect((await server.app.inject('/notification/templates?kind=newsletter')).json().templates).toHaveLength(NEWSLETTER_TEMPLATES.length);
    expect((await server.app.inject('/notification/templates/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
