/**
 * `magemig inspect`: what a Magento 2 source holds, read with a few set-based statements. The caller
 * opens the source read-only (core/mysql.ts openSource) and closes it.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { readAnomalies } from './anomalies.ts';
import { readAttributeCounts, readEavValueTables } from './attributes.ts';
import { assertMagento2, detectEdition, readCatalog } from './catalog.ts';
import { COUNTED_TABLES, readEntityCounts } from './counts.ts';
import type { InspectReport } from './report.ts';
import { readStoreTree } from './stores.ts';
import { readGeneratedBy, readMagentoVersion } from './version.ts';

export { inspectReportSchema, anomalyKinds } from './report.ts';
export type { InspectReport, Anomalies, AnomalyKind } from './report.ts';

/** Optional tables a Magento 2 database may lack; listed in the report when absent. */
const OPTIONAL_TABLES = ['admin_analytics_usage_version_log', 'inventory_source', 'inventory_source_item'];
const COMMERCE_TABLES = ['sequence_product', 'sequence_catalog_category'];

export async function inspectSource(conn: MysqlConnection, connection: string): Promise<InspectReport> {
  const started = performance.now();
  const cat = await readCatalog(conn);
  assertMagento2(cat);
  const edition = detectEdition(cat);
  const optional = edition === 'commerce' ? [...OPTIONAL_TABLES, ...COMMERCE_TABLES] : OPTIONAL_TABLES;

  const version = await readMagentoVersion(conn, cat);
  const websites = await readStoreTree(conn, edition, cat);
  const counts = await readEntityCounts(conn, cat);
  const attributes = await readAttributeCounts(conn);
  const eavValueTables = await readEavValueTables(conn, cat);
  const anomalies = await readAnomalies(conn);

  return {
    formatVersion: 1,
    source: { connection, database: cat.database, server: cat.server },
    edition,
    version,
    websites,
    counts,
    attributes,
    eavValueTables,
    anomalies,
    generatedBy: await readGeneratedBy(conn, cat),
    absentTables: [...new Set([...optional, ...COUNTED_TABLES])].filter((t) => !cat.has(t)),
    migration: [],
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
