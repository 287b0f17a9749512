/**
 * The settings that shape a target's content (edition, null policy, staging version) are those of the run
 * that started it (magemig.run_settings): a resumed run reuses them, a conflicting flag is refused, and
 * --restart takes new ones. On the fixture "widgets" and on a tiny generated Adobe Commerce store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MagemigError } from '../../core/errors.ts';
import { seedSource } from '../../generator/index.ts';
import { PAST_UPDATES } from '../../generator/session.ts';
import { runMigration, type MigrateOptions } from '../../pipeline/run-migration.ts';
import type { ContextMigration, EntityMigration } from '../../pipeline/types.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { dumpDatabase, pgClient } from '../fixtures/target-dump.ts';
import { createWidgetsSource, widgetsService } from '../fixtures/widgets-service.ts';

let widgets: TestDatabases;
let commerce: TestDatabases;

beforeAll(async () => {
  widgets = await createTestDatabases('settingsw');
  commerce = await createTestDatabases('settingsc');
  await createWidgetsSource(widgets.mysqlUrl, 30);
  await seedSource({ source: commerce.mysqlUrl, profile: 'tiny', edition: 'commerce', seed: 5 });
});

afterAll(async () => {
  await widgets?.cleanup();
  await commerce?.cleanup();
});

async function storedSettings(database: string): Promise<Record<string, unknown> | undefined> {
  const client = await pgClient(database);
  try {
    return (await client.query('SELECT edition, null_policy, staging_version FROM magemig.run_settings')).rows[0];
  } finally {
    await client.end();
  }
}

describe('migrate: the null policy of the run that started the target', () => {
  const run = (extra: Partial<MigrateOptions>, service: ContextMigration = widgetsService()) =>
    runMigration({ source: widgets.mysqlUrl, target: widgets.pgUrl, dbPrefix: `${widgets.pgPrefix}_np`, contexts: [service], batchSize: 4, requireMagento: false, ...extra });
  const database = () => `${widgets.pgPrefix}_np_widgets`;

  it('is kept by a resumed run, refused when another is asked for, replaced by --restart', async () => {
    const failed = await run({ nullPolicy: 'inherit' }, widgetsService({ failAfterBatches: 2 }));
    expect(failed.status).toBe('failed');
    expect(await storedSettings(database())).toEqual({ edition: 'opensource', null_policy: 'inherit', staging_version: null });

    // Resuming with the other policy would mix two rules in one target: refused, nothing written.
    const before = await dumpDatabase(database());
    const conflict = await run({ nullPolicy: 'explicit' });
    expect(conflict).toMatchObject({ status: 'failed', errorCode: 'USAGE' });
    expect(conflict.error).toBe(`${database()} was started with --null-policy inherit: resume with that (or without the flag), or use --restart`);
    expect(await dumpDatabase(database())).toEqual(before);

    // Without the flag the stored policy is used, and the report says so.
    const resumed = await run({});
    expect(resumed.status).toBe('completed');
    expect(resumed.nullPolicy).toBe('inherit');
    expect(resumed.services[0].settings).toEqual({ edition: 'opensource', nullPolicy: 'inherit', stagingVersion: null });
    expect(resumed.services[0].entities[0]).toMatchObject({ status: 'loaded', resumed: true });

    // A rerun after success with a new policy would skip everything under the old one: refused too.
    expect(await run({ nullPolicy: 'explicit' })).toMatchObject({ status: 'failed', errorCode: 'USAGE' });

    const restarted = await run({ nullPolicy: 'explicit', restart: true });
    expect(restarted.status).toBe('completed');
    expect(restarted.nullPolicy).toBe('explicit');
    expect(await storedSettings(database())).toEqual({ edition: 'opensource', null_policy: 'explicit', staging_version: null });
    expect((await run({})).services[0].entities[0]).toMatchObject({ status: 'already-done' });
  });

  it('a dry run reports the flags (or defaults) and writes no settings', async () => {
    const report = await run({ dryRun: true, nullPolicy: 'inherit', dbPrefix: `${widgets.pgPrefix}_npdry`, target: 'postgres://postgres@127.0.0.1:9' });
    expect(report).toMatchObject({ status: 'completed', nullPolicy: 'inherit' });
    expect(report.services[0].settings).toBeUndefined();
  });
});

/** The entity, failing (fatally, once) after `after` batches. */
function failingAfter(entity: EntityMigration, after: number): EntityMigration {
  let failed = false;
  return {
    ...entity,
    async *batches(src, key) {
      let n = 0;
      for await (const batch of entity.batches(src, key)) {
        if (n++ === after && !failed) {
          failed = true;
          throw new MagemigError('INJECTED', 'injected failure', 'fatal');
        }
        yield batch;
      }
    },
  };
}

describe('migrate: the staging version of the run that started an Adobe Commerce target', () => {
  // Before every past staging update: older row versions than "now" (the source server's clock) reads.
  const OLD = PAST_UPDATES[0] - 1;
  const run = (prefix: string, extra: Partial<MigrateOptions>, service: ContextMigration = catalogMigration) =>
    runMigration({ source: commerce.mysqlUrl, target: commerce.pgUrl, dbPrefix: `${commerce.pgPrefix}_${prefix}`, contexts: [service], batchSize: 5, ...extra });
  const database = (prefix: string) => `${commerce.pgPrefix}_${prefix}_catalog`;

  it('a resumed run reads the stored version and ends like an uninterrupted run with it', async () => {
    expect((await run('ref', { stagingVersion: OLD })).status).toBe('completed');
    expect((await run('now', {})).status).toBe('completed');
    const reference = await dumpDatabase(database('ref'));
    // The version matters for this store: reading "now" gives other content.
    expect(await dumpDatabase(database('now'), { tables: ['public.product'] })).not.toEqual(await dumpDatabase(database('ref'), { tables: ['public.product'] }));

    const failing = { ...catalogMigration, entities: catalogMigration.entities.map((e) => (e.entity === 'products' ? failingAfter(e, 1) : e)) };
    const failed = await run('kill', { stagingVersion: OLD }, failing);
    expect(failed.status).toBe('failed');
    expect(failed.services[0].entities.find((e) => e.entity === 'products')?.batches).toBe(1);

    const resumed = await run('kill', {});
    expect(resumed.status).toBe('completed');
    expect(resumed.stagingVersion).toBe(OLD);
    expect(resumed.services[0].settings).toEqual({ edition: 'commerce', nullPolicy: 'explicit', stagingVersion: OLD });
    expect(await dumpDatabase(database('kill'))).toEqual(reference);

    const conflict = await run('kill', { stagingVersion: OLD + 1 });
    expect(conflict).toMatchObject({ status: 'failed', errorCode: 'USAGE' });
    expect(conflict.error).toMatch(/was started with --staging-version \d+: .* or use --restart$/);

    const restarted = await run('kill', { restart: true });
    expect(restarted.status).toBe('completed');
    expect(restarted.stagingVersion).not.toBe(OLD);
    const nowRead = { ignoreColumns: { 'magemig.run_settings': ['staging_version'] } }; // each run's "now"
    expect(await dumpDatabase(database('kill'), nowRead)).toEqual(await dumpDatabase(database('now'), nowRead));
  });
});
