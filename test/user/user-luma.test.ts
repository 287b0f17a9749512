/**
 * The user service on the real Luma 2.4.2 dump: its one admin user under the Administrators role with
 * Magento_Backend::all, its argon2id hash kept (format named, never shown), the secrets of the dump counted
 * as not copied (no tfa_user_config there: the note says so), and a wrong password counted as Magento counts it.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { userMigration } from '../../pipeline/user/index.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { staffHeaders } from '../support/tokens.ts';

describe.skipIf(!lumaAvailable)('user service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string): Promise<T[]> => (await my.query(sql))[0] as T[];

  beforeAll(async () => {
    dbs = await createTestDatabases('userluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, userMigration, 100));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it("loads Luma's admin user and its role, and lists what it did not copy", async () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.users).toMatchObject({ sourceCount: 1, loaded: 1, rejected: 0 });
    expect(by.roles).toMatchObject({ sourceCount: 1, loaded: 1, rejected: 0 });
    expect(by.users.stats['password.format=magento:argon2id13(32,2,67108864)']).toBe(1);
    expect(report.countsAddUp).toBe(true);
    const recon = report.services[0].reconciliation!;
    expect(recon.balanced).toBe(true);
    const [s] = await src<{ sessions: number; oauth: number }>('SELECT (SELECT COUNT(*) FROM admin_user_session) AS sessions, (SELECT COUNT(*) FROM oauth_token) AS oauth');
    const row = (doc: string) => recon.rows.find((r) => r.doc.startsWith(`not copied: ${doc}`))!;
    expect([row('admin sessions').source, row('admin sessions').target]).toEqual([String(s.sessions), '0']);
    expect(row('OAuth tokens').source).toBe(String(s.oauth));
    expect(recon.notes).toContain('tfa_user_config is absent from this source: none to leave behind');
  });

  it('answers the admin user with its role and allowed resources, by id and by username', async () => {
    const [admin] = await src<{ user_id: number; username: string; email: string }>('SELECT user_id, username, email FROM admin_user');
    const headers = await staffHeaders(['admin']);
    const body = (await server.app.inject({ url: `/users/${entityUuid('staff_user', admin.user_id)}`, headers })).json();
    expect(body).toMatchObject({ magento_id: 1, username: admin.username, email: admin.email, is_active: true, password: { algorithm: 'magento:argon2id13(32,2,67108864)' } });
    expect(body.roles.map((r: { name: string; path: string[] }) => [r.name, r.path])).toEqual([['Administrators', ['Administrators']]]);
    expect(body.resources).toEqual({ all: true, allowed: ['Magento_Backend::all'], denied: [] });
    expect((await server.app.inject({ url: `/users?username=${admin.username}`, headers })).json().users[0].id).toBe(body.id);
    const roles = (await server.app.inject({ url: '/roles', headers })).json().roles;
    expect(roles).toEqual([expect.objectContaining({ magento_id: 1, name: 'Administrators', parent_id: null, users: 1, rules: [{ resource: 'Magento_Backend::all', permission: 'allow' }] })]);
  });

  it("counts a wrong password against Luma's admin as Magento's AuthObserver does", async () => {
    const res = await server.app.inject({ method: 'POST', url: '/users/login', payload: { username: 'admin', password: 'not-the-password' } });
    expect([res.statusCode, res.json().code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const body = (await server.app.inject({ url: '/users/1', headers: await staffHeaders(['users']) })).json();
    expect(body.lock).toEqual({ failures: 1, locked_until: null });
  });
});
