/**
 * What the benchmark measures: the Magento source tables each magemig pipeline reads. The raw pipe and
 * pgloader copy exactly these tables, so the three numbers of a row describe the same input.
 */
import { CONTEXTS, tablesRead } from '../pipeline/registry.ts';

export const PROFILES = ['tiny', 'small', 'medium', 'large', 'xlarge'] as const;
export type Profile = (typeof PROFILES)[number];

/** The generated source database of a profile (in the local MariaDB), reused while its seed info matches. */
export function sourceDatabaseName(profile: string, edition: string, seed: number): string {
  return `magemig_bench_${profile}${edition === 'commerce' ? '_ee' : ''}${seed === DEFAULT_SEED ? '' : `_s${seed}`}`;
}

export const DEFAULT_SEED = 42;

/**
 * Source tables per service, in the order the raw pipe copies them: derived from the context's declared
 * migration (every query its entities read, and their EAV value tables), never kept by hand. A table missing
 * from a given source (MSI tables on a store without MSI, say) is skipped and listed in the output.
 */
export const SERVICE_TABLES: Record<string, string[]> = Object.fromEntries(CONTEXTS.map((c) => [c.name, tablesRead(c)]));

export const SERVICES = Object.keys(SERVICE_TABLES);

/** The name of the "whole migrate" row. */
export const ALL = 'all';

/** Tables of several services, each once, in first-seen order. */
export function unionTables(services: string[]): string[] {
  const seen = new Set<string>();
  for (const s of services) for (const t of SERVICE_TABLES[s] ?? []) seen.add(t);
  return [...seen];
}

/** Target databases the benchmark owns on the Postgres server (dropped and recreated freely). */
export const PG_RAW_DB = 'magemig_bench_raw';
export const PG_PGLOADER_DB = 'magemig_bench_pgloader';
/** magemig's --db-prefix for a pipeline's run: every database under it is dropped before each run. */
export function magemigPrefix(pipeline: string): string {
  return `magemig_bench_mm_${pipeline}`;
}
