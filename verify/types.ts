/**
 * `magemig verify`: the target compared with the source by a path that shares nothing with the migration (its
 * own SQL in sql/verify/<context>/, its own scope resolution), per service and entity:
 *  - counts: the source's entities against the rows the service holds plus the rejects the run recorded;
 *  - measures: sums (money per currency, quantities) on both sides;
 *  - key sets: every business key (SKU, e-mail per website, increment id per store) on both sides, the
 *    difference named;
 *  - fields: on a random sample of entities (or all), each field as the service holds it against the source,
 *    for every store view where values are scoped.
 * The report is plain JSON data (zod schemas below, published as schemas/verify-report.v1.schema.json).
 */
import { z } from 'zod';
import type { Edition, NullPolicy } from '../core/batch.ts';
import type { MysqlConnection } from '../core/mysql.ts';
import type { PgClient } from '../core/postgres.ts';

export const VERIFY_FORMAT_VERSION = 1;
/** Differences kept per entity in the report (all are counted). */
export const MAX_DIFFERENCES = 200;
/** Keys named per side of a key-set difference (all are counted). */
export const MAX_KEYS_NAMED = 50;

const count = z.number().int().nonnegative();

export const differenceSchema = z.object({
  service: z.string(),
  entity: z.string(),
  /** Magento's key of the entity (and the store view where values are scoped), e.g. "sku=MH01,store=default". */
  key: z.string(),
  field: z.string(),
  source: z.unknown(),
  target: z.unknown(),
});

export const measureSchema = z.object({
  measure: z.string(),
  /** A currency, a store, a website: what the sum is taken over ('' when it is the whole entity). */
  group: z.string(),
  source: z.string(),
  target: z.string(),
  agrees: z.boolean(),
});

export const keySetSchema = z.object({
  name: z.string(),
  source: count,
  target: count,
  /** In the source, not in the target, and not explained by a reject (first MAX_KEYS_NAMED). */
  missing: z.array(z.string()),
  missingCount: count,
  /** In the target, not in the source. */
  extra: z.array(z.string()),
  extraCount: count,
});

export const entityVerificationSchema = z.object({
  service: z.string(),
  entity: z.string(),
  counts: z.object({ source: count, loaded: count, rejected: count, addsUp: z.boolean() }),
  rejectsByReason: z.record(z.string(), count),
  measures: z.array(measureSchema),
  keySets: z.array(keySetSchema),
  /** Entities whose fields were compared, and the fields compared in all. */
  sampled: count,
  fieldsCompared: count,
  differenceCount: count,
  differences: z.array(differenceSchema),
  agrees: z.boolean(),
});

export const verifyReportSchema = z.object({
  formatVersion: z.literal(VERIFY_FORMAT_VERSION),
  kind: z.literal('verify'),
  status: z.enum(['agrees', 'differs', 'failed']),
  error: z.string().optional(),
  startedAt: z.string(),
  seconds: z.number().nonnegative(),
  source: z.string(),
  target: z.string(),
  dbPrefix: z.string(),
  /** Entities sampled per entity type, or 'full'. */
  sample: z.union([count, z.literal('full')]),
  services: z.array(z.object({ service: z.string(), database: z.string(), entities: z.array(entityVerificationSchema) })),
  differenceCount: count,
});

export type Difference = z.infer<typeof differenceSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type KeySet = z.infer<typeof keySetSchema>;
export type EntityVerification = z.infer<typeof entityVerificationSchema>;
export type VerifyReport = z.infer<typeof verifyReportSchema>;

/** What a verifier reads with: both sides read-only, and the settings the target was migrated with. */
export interface VerifyContext {
  service: string;
  source: MysqlConnection;
  /** The service database, in a read-only transaction. */
  target: PgClient;
  edition: Edition;
  /** Adobe Commerce: the staging version the target was read at (magemig.run_settings). */
  stagingVersion: number;
  nullPolicy: NullPolicy;
  sample: number | 'full';
  /** Repeatable sampling (setseed) when given. */
  seed: number;
}

export interface EntityVerifier {
  entity: string;
  verify(ctx: VerifyContext): Promise<EntityVerification>;
}

/** A context's verification: its entities' verifiers, in the order the report lists them. */
export interface ContextVerify {
  entities: EntityVerifier[];
}
