/**
 * An entity that exists only on some stores (MSI's tables, or the legacy stock standing in for them): where
 * `applies` says no, it has no source rows and no batches, so its counts add up (0 + 0 = 0) and the run
 * marks it done.
 */
import type { SourceSchema } from '../../extractors/source-schema.ts';
import type { EntityMigration } from '../types.ts';

export function onlyWhen(applies: (schema: SourceSchema) => boolean, entity: EntityMigration): EntityMigration {
  return {
    ...entity,
    async countSource(src) {
      return applies(src.schema) ? entity.countSource(src) : 0;
    },
    async *batches(src, after) {
      if (applies(src.schema)) yield* entity.batches(src, after);
    },
  };
}

/** MSI is installed: its source item table exists. */
export const hasMsi = (schema: SourceSchema): boolean => schema.hasTable('inventory_source_item') && schema.hasTable('inventory_source');
