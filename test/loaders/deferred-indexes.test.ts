/**
 * Indexes deferred for a bulk load (loaders/deferred-indexes.ts): dropped and recorded together, kept recorded
 * when deferred again (a resumed run), left alone when a foreign key needs them, and built back exactly as they
 * were by the statements sent with the entity's done mark, which forget them in the same transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase, parseConnectionUrl } from '../../core/connection-url.ts';
import { connectPg, ensurePgDatabase, type PgClient } from '../../core/postgres.ts';
import { deferIndexes, rebuildDeferredIndexesSql } from '../../loaders/deferred-indexes.ts';
import { ensureBookkeeping } from '../../loaders/schema-migrations.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;
let client: PgClient;

const indexes = async (): Promise<string[]> =>
  (await client.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexdef")).rows.map((r) => r.indexdef);
const recorded = async (): Promise<number> => Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM magemig.deferred_index')).rows[0].n);

beforeAll(async () => {
  dbs = await createTestDatabases('deferidx');
  const server = parseConnectionUrl(dbs.pgUrl, 'postgres');
  const database = `${dbs.pgPrefix}_defer`;
  await ensurePgDatabase({ ...server, database: 'postgres' }, database);
  client = await connectPg(withDatabase(server, database));
  await ensureBookkeeping(client);
  await client.query(`
    CREATE TABLE parent (id uuid PRIMARY KEY, magento_id bigint NOT NULL UNIQUE, code text, email text);
    CREATE UNIQUE INDEX parent_code_idx ON parent (code, coalesce(magento_id, -1));
    CREATE INDEX parent_email_idx ON parent (lower(email)) WHERE email IS NOT NULL;
    CREATE TABLE child (parent_id uuid NOT NULL, magento_id bigint NOT NULL, PRIMARY KEY (parent_id, magento_id));
    CREATE TABLE referenced (id integer PRIMARY KEY, note text);
    CREATE INDEX referenced_note_idx ON referenced (note);
    CREATE TABLE referrer (id integer PRIMARY KEY, ref integer REFERENCES referenced (id));
  `);
});
afterAll(async () => {
  await client?.end();
  await dbs?.cleanup();
});

describe('deferred index builds', () => {
  it('drops and records every index but those a foreign key needs, and builds them back as they were', async () => {
    const before = await indexes();
    expect(await deferIndexes(client, 'things', ['parent', 'child', 'referenced'])).toBe(6);
    // referenced_pkey stays: referrer's foreign key depends on it.
    expect((await indexes()).filter((d) => !d.includes('referrer'))).toEqual([expect.stringContaining('referenced_pkey')]);
    expect(await recorded()).toBe(6);

    // A resumed run defers again: nothing left to drop, nothing recorded twice or lost.
    expect(await deferIndexes(client, 'things', ['parent', 'child', 'referenced'])).toBe(0);
    expect(await recorded()).toBe(6);

    await client.query("INSERT INTO parent VALUES ('00000000-0000-0000-0000-000000000001', 1, 'a', 'X@y'), ('00000000-0000-0000-0000-000000000002', 2, 'b', NULL)");
    const builds = await rebuildDeferredIndexesSql(client, 'things');
    await client.query(`BEGIN; ${builds}COMMIT`);
    expect(await indexes()).toEqual(before);
    expect(await recorded()).toBe(0);
    expect(await rebuildDeferredIndexesSql(client, 'things')).toBe('');
    // The constraints are constraints again (a duplicate key is refused).
    await expect(client.query("INSERT INTO parent VALUES ('00000000-0000-0000-0000-000000000003', 1, 'c', NULL)")).rejects.toThrow(/duplicate key/);
  });

  it('a build that fails rolls back with the mark: the definitions stay recorded for the next run', async () => {
    await deferIndexes(client, 'children', ['child']);
    await client.query("INSERT INTO child VALUES ('00000000-0000-0000-0000-000000000001', 7), ('00000000-0000-0000-0000-000000000001', 7)");
    const builds = await rebuildDeferredIndexesSql(client, 'children');
    await expect(client.query(`BEGIN; ${builds}COMMIT`)).rejects.toThrow(/could not create unique index/);
    await client.query('ROLLBACK');
    expect(await recorded()).toBe(1);
    await client.query('DELETE FROM child');
    await client.query(`BEGIN; ${await rebuildDeferredIndexesSql(client, 'children')}COMMIT`);
    expect(await recorded()).toBe(0);
    expect(await indexes()).toContain('CREATE UNIQUE INDEX child_pkey ON public.child USING btree (parent_id, magento_id)');
  });
});
