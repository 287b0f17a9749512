/** Typed names of the queries `verify` runs on every service database (its bookkeeping, samples). */
import { defineQuery } from '../query.ts';

export const checkpointOfEntity = defineQuery<{ rows_rejected: string }>('verify/checkpoint-of-entity');
export const rejectsOfEntity = defineQuery<{ reason: string; n: string }>('verify/rejects-of-entity');
export const sampleKeys = defineQuery<{ k: number }>('verify/sample-keys');
export const targetCount = defineQuery<{ n: string }>('verify/target-count');
export const rejectKeys = defineQuery<{ source_key: string; reason: string }>('verify/reject-keys');
export const runSettings = defineQuery<{ edition: string; null_policy: string; staging_version: string | null }>('verify/run-settings');
export const sourceColumns = defineQuery<{ table_name: string; column_name: string }>('verify/source-columns');
