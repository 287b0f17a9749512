/** Reads of the warehouse context's lookups: stock settings and website codes (small, read whole once per run). */
import type { MysqlConnection } from '../../core/mysql.ts';
import { stockConfig, websiteCodes, type StockConfigRow, type WebsiteCodeRow } from '../../sql/source/warehouse/index.ts';
import { readRows } from '../query.ts';
import type { SourceSchema } from '../source-schema.ts';

export async function readStockConfig(conn: MysqlConnection, schema: SourceSchema): Promise<StockConfigRow[]> {
  return schema.hasTable('core_config_data') ? readRows(conn, stockConfig) : [];
}

export async function readWebsiteCodes(conn: MysqlConnection): Promise<WebsiteCodeRow[]> {
  return readRows(conn, websiteCodes);
}
