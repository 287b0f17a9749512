import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineEmitter } from '../../core/events.ts';
import { attachEventLog } from '../../bin/ui/event-log.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createWidgetsSource, widgetsService } from '../fixtures/widgets-service.ts';
import { createTestDatabases } from '../support/databases.ts';

describe('event log (--log-file)', () => {
  it('writes each pipeline event as one JSON line and appends on a resumed run', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'magemig-log-')), 'nested', 'run.jsonl');
    for (const run of [1, 2]) {
      const events = new PipelineEmitter();
      const log = attachEventLog(events, file);
      events.emit('entity:start', { service: 'catalog', entity: 'products', total: 10 });
      events.emit('reject', { service: 'catalog', entity: 'products', sourceKey: `entity_id=${run}`, reason: 'NO_SKU' });
      events.emit('warning', { message: 'something odd' });
      events.emit('entity:done', { service: 'catalog', entity: 'products', loaded: 9, rejected: 1, seconds: 0.5 });
      await log.close();
    }
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.event)).toEqual(['entity:start', 'reject', 'warning', 'entity:done', 'entity:start', 'reject', 'warning', 'entity:done']);
    expect(lines[1]).toMatchObject({ sourceKey: 'entity_id=1', reason: 'NO_SKU', level: 20 });
    expect(lines[2].level).toBe(40);
    expect(lines[5].sourceKey).toBe('entity_id=2');
  });
});

describe('--log-file on a real run', () => {
  it('records every reject with its Magento key, as the rejects table holds them', async () => {
    const dbs = await createTestDatabases('eventlog');
    try {
      await createWidgetsSource(dbs.mysqlUrl, 40);
      const file = join(mkdtempSync(join(tmpdir(), 'magemig-log-')), 'run.jsonl');
      const events = new PipelineEmitter();
      const log = attachEventLog(events, file);
      const report = await runMigration(
        { source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [widgetsService({ corruptBatch: 1 })], batchSize: 6, requireMagento: false },
        events,
      );
      await log.close();
      expect(report.status).toBe('completed');
      const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      const logged = lines.filter((l) => l.event === 'reject').map((l) => `${l.reason} ${l.sourceKey}`).sort();
      const db = await pgClient(`${dbs.pgPrefix}_widgets`);
      const { rows } = await db.query<{ k: string }>("SELECT reason || ' ' || source_key AS k FROM magemig.rejects ORDER BY 1");
      await db.end();
      expect(logged).toEqual(rows.map((r) => r.k).sort());
      expect(logged.length).toBeGreaterThanOrEqual(6);
      expect(lines.some((l) => l.event === 'log' && /refused 1 row/.test(String(l.message)))).toBe(true);
    } finally {
      await dbs.cleanup();
    }
  });
});
