/**
 * What a migration would read, without reading it: for every context of the registry and each of its
 * entities, the source count it starts from and the Magento tables its declaration reads. `inspect` shows it.
 */
import { DEFAULT_BATCH_SIZE, DEFAULT_NULL_POLICY } from './run-migration.ts';
import { openRunSource } from './source-context.ts';
import type { ContextMigration } from './types.ts';

export interface PlannedEntity {
  service: string;
  entity: string;
  source: number;
  tables: string[];
}

export async function planMigration(source: string, contexts: readonly ContextMigration[]): Promise<PlannedEntity[]> {
  const out: PlannedEntity[] = [];
  for (const context of contexts) {
    const src = await openRunSource(source, { batchSize: DEFAULT_BATCH_SIZE, nullPolicy: DEFAULT_NULL_POLICY, dryRun: true });
    try {
      for (const e of context.entities) {
        out.push({ service: context.name, entity: e.entity, source: await e.countSource(src), tables: [...e.reads] });
      }
    } finally {
      await src.close();
    }
  }
  return out;
}
