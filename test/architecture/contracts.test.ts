/**
 * Every service's import contract matches its own schema: each contract table exists once the service's
 * migrations are applied, with every contract column, and its key is the table's primary or a unique key.
 * Every declared entity writes only tables of its service's contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../loaders/schema-migrations.ts';
import { CONTEXTS } from '../../pipeline/registry.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;
beforeAll(async () => {
  dbs = await createTestDatabases('contracts');
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe.each(CONTEXTS.map((c) => [c.name, c] as const))('the %s service', (name, context) => {
  it('accepts every table and column of its contract, keyed as the contract says', async () => {
    const database = `${dbs.pgPrefix}_${name}`;
    const admin = await pgClient('postgres');
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const client = await pgClient(database);
    try {
      await applyMigrations(client, context.service.migrationsDir);
      for (const t of Object.values(context.service.contract)) {
        const [schema, table] = t.table.includes('.') ? t.table.split('.') : ['public', t.table];
        const { rows: cols } = await client.query<{ column_name: string }>(
          'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2', [schema, table]);
        const have = new Set(cols.map((c) => c.column_name));
        expect(t.columns.filter((c) => !have.has(c)), `${t.table}: contract columns missing from the schema`).toEqual([]);
        const { rows: keys } = await client.query<{ cols: string[] }>(
          `SELECT array_agg(a.attname ORDER BY a.attname)::text[] AS cols FROM pg_index i
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = to_regclass($1) AND (i.indisprimary OR i.indisunique) GROUP BY i.indexrelid`, [`"${schema}"."${table}"`]);
        expect(keys.map((k) => k.cols.join(',')), `${t.table}: no primary or unique key on (${t.key.join(', ')})`).toContain([...t.key].sort().join(','));
      }
    } finally {
      await client.end();
    }
  });

  it('is written only through its contract', () => {
    const tables = new Set(Object.values(context.service.contract).map((t) => t.table));
    for (const e of context.entities) expect((e.writes ?? []).filter((t) => !tables.has(t)), `${name}/${e.entity}`).toEqual([]);
    // And every contract table is written by some entity (a table nobody fills is a contract out of date).
    const written = new Set(context.entities.flatMap((e) => e.writes ?? []));
    expect([...tables].filter((t) => !written.has(t))).toEqual([]);
  });
});

