/** Typed names of the queries on the workers' coordination database (<prefix>_work). */
import { defineQuery } from '../query.ts';

export const runsTable = defineQuery('work/runs-table');
export const runStart = defineQuery('work/run-start');
export const runEnd = defineQuery('work/run-end');
export const runStatus = defineQuery<{ status: string }>('work/run-status');
export const latestRun = defineQuery<{ run_id: string }>('work/latest-run');
