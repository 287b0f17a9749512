import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineEmitter } from '../../core/events.ts';
import { attachEventLog } from '../../bin/ui/event-log.ts';

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
