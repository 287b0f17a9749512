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
import type { PgClient } from '../core/postgres.ts';
import type { SourceContext } from '../extractors/source.ts';
import type { ServiceModule } from '../services/kit/index.ts';
import type { ContextVerify } from '../verify/types.ts';
import type { EntityReport, Reconciliation } from './report.ts';

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
  /**
   * Batches in keyset order after `after` (null: from the start), inside `range` when given (a partition: the
   * first key column in lo < key <= hi). Must be deterministic for a given `after` and range.
   */
  batches(src: SourceContext, after: Key | null, range?: KeyRange): AsyncIterable<Batch>;
  /**
   * Tables whose indexes are dropped before the entity's bulk load and built when it is done
   * (loaders/deferred-indexes.ts): only tables the entity alone fills, whose unique keys Magento's own keys
   * (or the entity's checks before the load) already guarantee.
   */
  deferIndexes?: readonly string[];
  /** The first key column's smallest and largest value (null: nothing to read), when the entity can be split. */
  bounds?(src: SourceContext): Promise<{ lo: number; hi: number } | null>;
}

/** A partition's key range: lo < first key column <= hi; `first`: it is the range holding the smallest keys. */
export interface KeyRange {
  lo: number;
  hi: number;
  first: boolean;
}

/** One bounded context's migration: the service it fills and its entities in load order. */
export interface ContextMigration {
  /** 'catalog': the target database is <prefix>_catalog. */
  name: string;
  /** The destination (services/<context>/index.ts): its schema migrations and import contract. */
  service: ServiceModule;
  entities: EntityMigration[];
  /**
   * After its entities: the source side of the context's reconciliation (from the entities' reports) set
   * against the target's own sums (null target: a dry run, the source side only). Shown in the report.
   */
  reconcile?(input: { entities: readonly EntityReport[]; target: PgClient | null; src: SourceContext }): Promise<Reconciliation | undefined>;
  /** What `magemig verify` compares for the context, by its own reading of both sides (verify/<context>). */
  verify?: ContextVerify;
}
