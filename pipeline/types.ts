/**
 * The contract between the run (pipeline/, loaders/) and the entity migrations of a bounded context. An
 * entity migration reads and transforms; it never writes. The runner loads what it yields, one batch and
 * its checkpoint in one Postgres transaction.
 *
 * Most entities are declared (pipeline/declare.ts: what they read, their key, their mapping, what they write)
 * and turned into an EntityMigration by the one generic runner (pipeline/declared-entity.ts); an unusual
 * entity may implement EntityMigration by hand.
 */
import type { Batch, Key } from '../core/batch.ts';
import type { SourceContext } from '../extractors/source.ts';
import type { Queryable, ServiceModule } from '../services/kit/index.ts';
import type { ReconciliationRow } from './report.ts';

export type { Batch, Edition, Key, Mapped, NullPolicy, Reject, TableRows } from '../core/batch.ts';
export type { RunOptions, SourceContext } from '../extractors/source.ts';

export interface EntityMigration {
  /** Bounded context that owns the target table(s): 'catalog', 'pricing', ... */
  service: string;
  /** Name of the entity in reports, checkpoints and progress: 'products', 'categories', ... */
  entity: string;
  /** The Magento tables it reads (the benchmark copies the same ones for its baselines). */
  reads: readonly string[];
  /** The source queries it runs, by name (sql/source/...); a test finds the ones nobody runs. */
  queries?: readonly string[];
  /** The service tables it writes (its contract's). */
  writes?: readonly string[];
  /** How many source entities there are (for progress and reconciliation). */
  countSource(src: SourceContext): Promise<number>;
  /** Batches in keyset order after `after` (null: from the start). Must be deterministic for a given `after`. */
  batches(src: SourceContext, after: Key | null): AsyncIterable<Batch>;
}

/** One bounded context's migration: the service it fills and its entities in load order. */
export interface ContextMigration {
  /** 'catalog': the target database is <prefix>_catalog. */
  name: string;
  /** The destination (services/<context>/index.ts): its schema migrations and import contract. */
  service: ServiceModule;
  entities: EntityMigration[];
  /**
   * After its entities, source against target: counts per table, sums of money and quantities per website or
   * source, each with what the rejects account for (shown in the report). Optional.
   */
  reconcile?(src: SourceContext, target: Queryable): Promise<ReconciliationRow[]>;
}
