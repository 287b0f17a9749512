/**
 * Reads the customer context's lookups: small tables read whole once per run (the store tree, groups,
 * attribute options, regions), the account sharing scope, and the customers whose e-mail another customer
 * of the same scope has. Read only: what they mean is decided in transforms/customer.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import {
  accountShareScope, attributeOptions, customerEmailDuplicates, groups, regions, stores, websites,
  type SourceAttributeOption, type SourceEmailCandidate, type SourceGroup, type SourceRegion, type SourceStore, type SourceWebsite,
} from '../../sql/source/customer/index.ts';
import { readRows } from '../query.ts';
import type { SourceSchema } from '../source-schema.ts';

/** A whole small table, one query (the query's own LIMIT gets the largest page). */
const ALL = { limit: Number.MAX_SAFE_INTEGER };
const ALL_VARS = { raw: { after: 'TRUE' } };

export async function readWebsites(conn: MysqlConnection): Promise<SourceWebsite[]> {
  return readRows(conn, websites, ALL, ALL_VARS);
}

export async function readStores(conn: MysqlConnection): Promise<SourceStore[]> {
  return readRows(conn, stores, ALL, ALL_VARS);
}

/** Every customer group with its tax class (a handful of rows): read whole once, not per page of customers. */
export async function readGroups(conn: MysqlConnection): Promise<SourceGroup[]> {
  return readRows(conn, groups, ALL, ALL_VARS);
}

export async function readShareScope(conn: MysqlConnection, schema: SourceSchema): Promise<string | null> {
  if (!schema.hasTable('core_config_data')) return null;
  return (await readRows(conn, accountShareScope))[0]?.value ?? null;
}

/** Customers sharing an e-mail (as MySQL's collation compares it) within the scope: 1 per website, 0 global. */
export async function readEmailCandidates(conn: MysqlConnection, shareScope: 0 | 1): Promise<SourceEmailCandidate[]> {
  const raw = shareScope === 1
    ? { scope_cols: 'x.email, x.website_id', scope_join: 'AND d.website_id <=> c.website_id' }
    : { scope_cols: 'x.email', scope_join: '' };
  return readRows(conn, customerEmailDuplicates, {}, { raw });
}

export async function readAttributeOptions(conn: MysqlConnection): Promise<SourceAttributeOption[]> {
  return readRows(conn, attributeOptions);
}

export async function readRegions(conn: MysqlConnection, schema: SourceSchema): Promise<SourceRegion[]> {
  return schema.hasTable('directory_country_region') ? readRows(conn, regions) : [];
}
