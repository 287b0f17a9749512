/**
 * The notification service on the real Luma 2.4.2 dump: Luma has no subscriber and no customised template
 * (Magento's own templates live in files, not in the database): the run says so, counts adding up, and the
 * service answers empty lists rather than errors.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationMigration } from '../../pipeline/notification/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { staffHeaders } from '../support/tokens.ts';

describe.skipIf(!lumaAvailable)('notification service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;

  beforeAll(async () => {
    dbs = await createTestDatabases('notifluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, notificationMigration, 100));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('reads as many subscriptions and templates as Luma holds (none), counts adding up', async () => {
    const [[counts]] = (await my.query('SELECT (SELECT COUNT(*) FROM newsletter_subscriber) AS s, (SELECT COUNT(*) FROM newsletter_template) AS n, (SELECT COUNT(*) FROM email_template) AS e, (SELECT COUNT(*) FROM store) AS st')) as unknown as [[Record<string, number>]];
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect([by.subscribers.sourceCount, by.newsletter_templates.sourceCount, by.email_templates.sourceCount, by.stores.loaded]).toEqual([Number(counts.s), Number(counts.n), Number(counts.e), Number(counts.st)]);
    expect(Number(counts.s) + Number(counts.n) + Number(counts.e)).toBe(0);
    expect(report.countsAddUp).toBe(true);
    expect(report.services[0].reconciliation?.balanced).toBe(true);
    expect((await server.app.inject('/notification/templates')).json()).toEqual({ templates: [] });
    const res = await server.app.inject({ url: '/notification/subscribers?email=roni_cost@example.com', headers: await staffHeaders(['customers']) });
    expect(res.json()).toEqual({ email: 'roni_cost@example.com', subscriptions: [] });
  });
});
