/**
 * The user service on a generated store (generator/steps/staff.ts): every staff user and group role loaded,
 * each user's roles and allowed resources equal to an independent SQL reading of authorization_role and
 * authorization_rule (nearest role's decision, by a recursive query); the secrets counted as not copied and
 * absent from the target; login as Magento's admin login decides it (lockout, inactive, no role, re-hash).
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { seedSource } from '../../generator/index.ts';
import { expectedStaff, STAFF_GROUPS, staffPassword, staffUserCount } from '../../generator/steps/staff.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { userMigration } from '../../pipeline/user/index.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { staffHeaders } from '../support/tokens.ts';

describe('user service on a generated store', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let target: pg.Client;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];
  const expected = expectedStaff({ profile: { customers: 20 } as never });

  beforeAll(async () => {
    dbs = await createTestDatabases('userg');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, userMigration, 3));
    target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_user` });
    await target.connect();
  }, 180_000);
  afterAll(async () => {
    await target?.end();
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads every staff user and group role, counts adding up, and says which secrets it left behind', async () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    const n = staffUserCount({ profile: { customers: 20 } as never });
    expect(by.users).toMatchObject({ sourceCount: n, loaded: n, rejected: 0, countsAddUp: true });
    expect(by.roles).toMatchObject({ sourceCount: STAFF_GROUPS.length, loaded: STAFF_GROUPS.length, countsAddUp: true });
    expect(by.users.stats).toMatchObject({ 'users.without_role': expected.withoutRole, 'not_copied.rp_token': expected.withResetToken, 'not_copied.admin_user_session': expected.sessions });
    const recon = report.services[0].reconciliation!;
    expect(recon.balanced).toBe(true);
    const notCopied = Object.fromEntries(recon.rows.filter((r) => r.doc.startsWith('not copied')).map((r) => [r.doc.replace(/^not copied: /, '').split(' (')[0], [Number(r.source), Number(r.target)]]));
    const [counts] = await src<Record<string, number>>(`SELECT (SELECT COUNT(*) FROM admin_user WHERE rp_token IS NOT NULL) AS rp, (SELECT COUNT(*) FROM admin_user_session) AS sessions,
      (SELECT COUNT(*) FROM admin_passwords) AS history, (SELECT COUNT(*) FROM oauth_token) AS oauth, (SELECT COUNT(*) FROM integration) AS integrations, (SELECT COUNT(*) FROM tfa_user_config) AS tfa`);
    expect(notCopied).toEqual({
      'password reset tokens': [Number(counts.rp), 0], 'admin sessions': [Number(counts.sessions), 0], 'previous password hashes': [Number(counts.history), 0],
      'OAuth tokens': [Number(counts.oauth), 0], 'integrations and their consumer keys': [Number(counts.integrations), 0], 'two-factor secrets': [Number(counts.tfa), 0],
    });
    expect([counts.rp, counts.sessions, counts.oauth, counts.integrations, counts.tfa].map(Number)).toEqual([expected.withResetToken, expected.sessions, expected.oauthTokens, expected.integrations, expected.twoFactor]);
    expect(recon.notes.join(' ')).toContain('1 user role(s) of admin users that no longer exist');
  });

  it('holds none of the secrets anywhere in its database', async () => {
    const { rows } = await target.query(`SELECT string_agg(t::text, ' ') AS all FROM (SELECT * FROM staff_user) t`);
    const dump = [rows[0].all, ...(await target.query('SELECT row_to_json(c)::text AS j FROM staff_credentials c')).rows.map((r) => r.j)].join(' ');
    for (const secret of ['encrypted-reset-token', 'sess1abcdef', 'old-hash-1', 'integrationtoken', 'adminsecret', 'consumersecret', 'encrypted-google-secret']) expect(dump).not.toContain(secret);
    const tables = (await target.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).rows.map((r) => r.table_name);
    expect(tables).toContain('staff_user');
    expect(tables.filter((t) => /session|token|tfa|oauth|integration|password/.test(t))).toEqual([]);
  });

  it("answers each user's roles and allowed resources as an independent reading of Magento's ACL tables gives them", async () => {
    const users = await src<{ user_id: number; username: string; email: string; is_active: number }>('SELECT user_id, username, email, is_active FROM admin_user ORDER BY user_id');
    // Nearest role first: the user role's group, then that group's ancestors; the nearest decision per resource wins.
    const decisions = await src<{ user_id: number; resource_id: string; permission: string }>(`WITH RECURSIVE chain (user_id, role_id, depth) AS (
        SELECT r.user_id, r.parent_id, 1 FROM authorization_role r WHERE r.role_type = 'U' AND r.user_type = '2'
          AND EXISTS (SELECT 1 FROM authorization_role g WHERE g.role_id = r.parent_id AND g.role_type = 'G')
        UNION ALL SELECT c.user_id, g.parent_id, c.depth + 1 FROM chain c JOIN authorization_role g ON g.role_id = c.role_id AND g.role_type = 'G' WHERE g.parent_id > 0 AND c.depth < 10)
      SELECT c.user_id, u.resource_id, SUBSTRING_INDEX(GROUP_CONCAT(u.permission ORDER BY c.depth), ',', 1) AS permission
      FROM chain c JOIN authorization_rule u ON u.role_id = c.role_id GROUP BY c.user_id, u.resource_id`);
    const groups = await src<{ user_id: number; role_id: number; role_name: string }>(`SELECT r.user_id, g.role_id, g.role_name FROM authorization_role r
      JOIN authorization_role g ON g.role_id = r.parent_id AND g.role_type = 'G' WHERE r.role_type = 'U' ORDER BY r.user_id, r.role_id`);
    const headers = await staffHeaders(['users']);
    let withResources = 0;
    for (const u of users) {
      const res = await server.app.inject({ url: `/users/${entityUuid('staff_user', u.user_id)}`, headers });
      expect(res.statusCode, u.username).toBe(200);
      const body = res.json();
      const mine = decisions.filter((d) => Number(d.user_id) === Number(u.user_id));
      expect([body.username, body.email, body.is_active, body.magento_id]).toEqual([u.username, u.email, Number(u.is_active) === 1, Number(u.user_id)]);
      expect(body.roles.map((r: { magento_id: number; name: string }) => [r.magento_id, r.name])).toEqual(groups.filter((g) => Number(g.user_id) === Number(u.user_id)).map((g) => [Number(g.role_id), g.role_name]));
      expect(body.resources.allowed).toEqual(mine.filter((d) => d.permission === 'allow').map((d) => d.resource_id).sort());
      expect(body.resources.denied).toEqual(mine.filter((d) => d.permission === 'deny').map((d) => d.resource_id).sort());
      expect(body.resources.all).toBe(mine.some((d) => d.resource_id === 'Magento_Backend::all' && d.permission === 'allow'));
      expect(JSON.stringify(body)).not.toMatch(/[0-9a-f]{64}/);
      if (body.resources.allowed.length > 0) withResources++;
      const byName = (await server.app.inject({ url: `/users?username=${encodeURIComponent(u.username.toUpperCase())}`, headers })).json();
      expect(byName.users.map((x: { id: string }) => x.id)).toEqual([body.id]);
    }
    expect(withResources).toBe(users.length - 1);
    // A support lead inherits Support's rules, its own allow of Magento_Sales::sales winning over Support's deny.
    const lead = (await server.app.inject({ url: '/users/7', headers })).json();
    expect(lead.roles[0].path).toEqual(['Support', 'Support leads']);
    expect(lead.resources.allowed).toContain('Magento_Sales::sales');
    expect(lead.resources.allowed).toContain('Magento_Customer::manage');
  });

  it('lists the group roles with their rules as authorization_role and authorization_rule hold them', async () => {
    const res = await server.app.inject({ url: '/roles', headers: await staffHeaders(['admin']) });
    const want = await src<{ role_id: number; parent_id: number; role_name: string; rules: string }>(`SELECT g.role_id, g.parent_id, g.role_name,
      (SELECT GROUP_CONCAT(CONCAT(u.resource_id, '=', u.permission) ORDER BY u.rule_id) FROM authorization_rule u WHERE u.role_id = g.role_id) AS rules
      FROM authorization_role g WHERE g.role_type = 'G' ORDER BY g.role_id`);
    expect(res.json().roles.map((r: { magento_id: number; parent_magento_id: number | null; name: string; rules: Array<{ resource: string; permission: string }> }) => [r.magento_id, r.parent_magento_id ?? 0, r.name, r.rules.map((x) => `${x.resource}=${x.permission}`).join(',')]))
      .toEqual(want.map((w) => [Number(w.role_id), Number(w.parent_id), w.role_name, w.rules]));
  });

  it('reads staff accounts only with a staff token of the users or admin role', async () => {
    expect((await server.app.inject({ url: '/users/1' })).statusCode).toBe(401);
    expect((await server.app.inject({ url: '/roles', headers: await staffHeaders(['sales']) })).statusCode).toBe(403);
    expect((await server.app.inject({ url: '/users?username=admin', headers: await staffHeaders(['customers']) })).statusCode).toBe(403);
    expect((await server.app.inject({ url: '/users/999999', headers: await staffHeaders(['users']) })).statusCode).toBe(404);
  });

  it('signs staff in as Magento does: right password, wrong one, inactive, locked, no role, lockout after 3 failures, legacy hash upgraded', async () => {
    const login = (username: string, password: string) => server.app.inject({ method: 'POST', url: '/users/login', payload: { username, password } });
    const name = async (id: number): Promise<string> => (await src<{ username: string }>('SELECT username FROM admin_user WHERE user_id = ?', [id]))[0].username;
    const argon = await login('ADMIN', staffPassword(1));
    expect([argon.statusCode, argon.json().password_upgraded, argon.json().username]).toEqual([200, false, 'admin']);
    const upgraded = await login(await name(2), staffPassword(2));
    expect([upgraded.statusCode, upgraded.json().password_upgraded]).toEqual([200, true]);
    const { rows } = await target.query('SELECT c.password_algorithm, u.login_count FROM staff_credentials c JOIN staff_user u ON u.id = c.user_id WHERE u.magento_id = 2');
    expect(rows[0].password_algorithm).toBe('magento:argon2id13(32,2,67108864)');
    expect((await login(await name(2), staffPassword(2))).json().password_upgraded).toBe(false);
    expect((await login(await name(2), 'wrong')).json().code).toBe('INVALID_CREDENTIALS');
    expect((await login(await name(3), staffPassword(3))).statusCode).toBe(401); // inactive
    expect((await login(await name(4), staffPassword(4))).statusCode).toBe(423); // locked until 2037
    expect((await login(await name(6), staffPassword(6))).json().code).toBe('NO_ROLE');
    expect((await login('nobody', 'x')).statusCode).toBe(401);
    const eight = await name(8);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await login(eight, 'wrong')).statusCode);
    expect(codes).toEqual([401, 401, 423]);
    expect((await login(eight, staffPassword(8))).statusCode).toBe(423);
    const { rows: locked } = await target.query('SELECT c.failures_num, c.lock_expires FROM staff_credentials c JOIN staff_user u ON u.id = c.user_id WHERE u.magento_id = 8');
    expect(locked[0].failures_num).toBe(3);
    expect(locked[0].lock_expires.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
  });
});
