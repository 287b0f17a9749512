/**
 * The Magento version, where the database records it. Since 2.3 setup_module lists few modules, so the
 * admin analytics version log is the one reliable record; without it we say what the schema suggests.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { SchemaCatalog } from './catalog.ts';
import type { InspectReport, MagentoVersion } from './report.ts';
import * as inspect from '../../sql/source/inspect/index.ts';
import { renderSql } from '../../sql/template.ts';

export async function readMagentoVersion(conn: MysqlConnection, cat: SchemaCatalog): Promise<MagentoVersion> {
  if (cat.has('admin_analytics_usage_version_log')) {
    const [r] = (await conn.query(renderSql(inspect.versionLog))) as unknown as [Array<{ version: string | null }>];
    const v = r[0]?.version?.trim();
    if (v) return { value: v, source: 'admin_analytics_usage_version_log', hint: null };
  }
  return { value: null, source: 'none', hint: await schemaHint(conn, cat) };
}

async function schemaHint(conn: MysqlConnection, cat: SchemaCatalog): Promise<string> {
  const notes: string[] = [];
  // Magento_LoginAsCustomer shipped with 2.4.0; declarative schema (and its patch_list) with 2.3.0.
  if (cat.has('login_as_customer')) notes.push('>= 2.4.0 (login_as_customer exists)');
  else if (cat.has('patch_list')) notes.push('>= 2.3.0 (patch_list exists)');
  if (cat.has('setup_module')) {
    // Before 2.3 every module had a row, and Magento_Catalog's schema_version followed the release line.
    const [r] = (await conn.query(renderSql(inspect.setupModuleCatalog))) as unknown as [Array<{ module: string; schema_version: string | null }>];
    const found = r.filter((m) => m.schema_version).map((m) => `${m.module} ${m.schema_version}`);
    if (found.length) notes.push(`setup_module: ${found.join(', ')}`);
  }
  return notes.length ? notes.join('; ') : 'no version log, no marker tables (patch_list, login_as_customer) and no Magento_Catalog row in setup_module';
}

/** The generator's own record, when this database was made by `magemig seed`. */
export async function readGeneratedBy(conn: MysqlConnection, cat: SchemaCatalog): Promise<InspectReport['generatedBy']> {
  if (!cat.has('magemig_seed_info')) return null;
  const [r] = (await conn.query(renderSql(inspect.seedInfo))) as unknown as [Array<Record<string, unknown>>];
  const row = r[0];
  if (!row) return null;
  return { profile: String(row.profile), edition: String(row.edition), seed: Number(row.seed), generatorVersion: String(row.generator_version) };
}
