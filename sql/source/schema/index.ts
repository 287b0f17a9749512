/** Typed names of the source-schema queries (the probe every run starts with). */
import { defineQuery } from '../../query.ts';

export const schemaColumns = defineQuery<{ table_name: string; column_name: string }>('source/schema/columns');
export const sourceClock = defineQuery<{ now: number | string }>('source/schema/now');
