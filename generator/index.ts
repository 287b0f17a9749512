/**
 * `magemig seed`: generates a realistic Magento 2.4 source database (Open Source or Adobe Commerce) at the sizes of
 * Magento's performance toolkit, with set-based SQL (INSERT ... SELECT over a numbers table, pseudo-random values from
 * CRC32 of the seed), deterministic for a seed. See generator/README.md.
 */
import { parseConnectionUrl, describeConnection } from '../core/connection-url.ts';
import { MagemigError } from '../core/errors.ts';
import { openServer, quoteMysqlIdent, type MysqlConnection } from '../core/mysql.ts';
import { deferIndexes } from './deferred-indexes.ts';
import { applyDirt, expectedDirt, expectedFlatDirt, expectedSalesDirt, type DirtCounts, type FlatDirtCounts, type SalesDirtCounts } from './dirt.ts';
import { PROFILES, isProfileName, productLayout, storesByWebsite, type Edition, type ProfileName } from './profiles.ts';
import { sourceSchemaStatements, sourceSchemaTables } from './schema.ts';
import { GENERATOR_VERSION, readSeedInfo, writeSeedInfo, type SeedInfo } from './seed-info.ts';
import type { SeedContext } from './session.ts';
import { createCustomerAttributes, createUserAttributes } from './steps/attributes.ts';
import { createCatalogRules } from './steps/catalog-rules.ts';
import { createCarts } from './steps/carts.ts';
import { createCategories } from './steps/categories.ts';
import { createComposites } from './steps/composite.ts';
import { createContent } from './steps/content.ts';
import { createCustomers } from './steps/customers.ts';
import { createConfig } from './steps/config.ts';
import { createNumbers, createStores, loadSystemMetadata, STORE_LANGUAGES } from './steps/foundation.ts';
import { createInventory } from './steps/inventory.ts';
import { createMediaAndPrices } from './steps/media-prices.ts';
import { createProductValues } from './steps/product-values.ts';
import { createProducts } from './steps/products.ts';
import { createSales } from './steps/sales.ts';
import { createDirectoryExtras } from './steps/directory.ts';
import { createMailTemplates } from './steps/mail-templates.ts';
import { createStaff } from './steps/staff.ts';
import { createShippingAndVault } from './steps/shipping-payment.ts';
import { createLoyaltyAndReturns } from './steps/commerce-loyalty.ts';
import { createVersionTable } from './versions.ts';

export { PROFILES, productLayout, storesByWebsite, isProfileName, expectedDirt, expectedFlatDirt, expectedSalesDirt, readSeedInfo, sourceSchemaStatements, sourceSchemaTables, GENERATOR_VERSION };
export type { ProfileName, Edition, DirtCounts, FlatDirtCounts, SalesDirtCounts, SeedInfo };
export type { Profile } from './profiles.ts';

export interface SeedOptions {
  /** mysql://USER:PASS@HOST:PORT/DB; the database is created when missing, the tables it holds are recreated */
  source: string;
  profile: ProfileName;
  edition?: Edition;
  seed?: number;
  /** progress lines (one per table written) */
  log?: (line: string) => void;
  /** Overwrite a database that holds a Magento store seed did not generate (refused by default). */
  force?: boolean;
  /** Orders instead of the profile's (the order scale test: 1,000,000 on top of any profile's catalog). */
  orders?: number;
  /** Customers to generate instead of the profile's (e.g. 1,000,000 for the customer benchmark). */
  customers?: number;
}

export interface SeedSummary {
  database: string;
  profile: ProfileName;
  edition: Edition;
  seed: number;
  seconds: number;
  /** rows written per table */
  rows: Record<string, number>;
  /** entity counts also stored in magemig_seed_info */
  entities: Record<string, number>;
  dirt: DirtCounts;
}

const HELPER_TABLES = ['magemig_seq', 'magemig_small', 'magemig_version', 'magemig_user_attr', 'magemig_product', 'magemig_category', 'magemig_image', 'magemig_order', 'magemig_line', 'magemig_seed_info'];

export const DEFAULT_SEED = 42;

export async function seedSource(opts: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  if (!isProfileName(opts.profile)) {
    throw new MagemigError('USAGE', `unknown profile '${opts.profile}' (expected one of ${Object.keys(PROFILES).join(', ')})`);
  }
  const edition: Edition = opts.edition ?? 'opensource';
  if (edition !== 'opensource' && edition !== 'commerce') throw new MagemigError('USAGE', `unknown edition '${edition}' (expected opensource or commerce)`);
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new MagemigError('USAGE', `the seed must be a non-negative integer, got ${seed}`);
  const c = parseConnectionUrl(opts.source, 'mysql');
  if (!c.database) throw new MagemigError('BAD_URL', 'the source URL names no database: mysql://USER:PASS@HOST:PORT/DB');
  const log = opts.log ?? (() => {});
  if (opts.orders !== undefined && (!Number.isSafeInteger(opts.orders) || opts.orders < 0)) {
    throw new MagemigError('USAGE', `--orders must be a non-negative integer, got ${opts.orders}`);
  }
  if (opts.customers !== undefined && (!Number.isSafeInteger(opts.customers) || opts.customers < 1)) {
    throw new MagemigError('USAGE', `--customers must be a positive integer, got ${opts.customers}`);
  }
  const profile = {
    ...PROFILES[opts.profile],
    ...(opts.orders === undefined ? {} : { orders: opts.orders }),
    ...(opts.customers === undefined ? {} : { customers: opts.customers }),
  };
  const conn = await openServer(c);
  try {
    log(`seeding ${describeConnection(c)}: profile ${profile.name}${opts.orders === undefined ? '' : ` with ${opts.orders} orders`}, ${edition}, seed ${seed}`);
    const restore = await prepareDatabase(conn, c.database, edition, opts.force ?? false);
    const ctx: SeedContext = {
      conn, profile, edition, seed, log,
      layout: productLayout(profile),
      stores: storesByWebsite(profile),
      commerce: edition === 'commerce',
      key: edition === 'commerce' ? 'row_id' : 'entity_id',
      counts: new Map(),
    };
    await generate(ctx);
    for (const statement of restore) await timed(ctx, `indexes: ${/ALTER TABLE `([^`]+)`/.exec(statement)?.[1]}`, statement);
    const dirt = expectedDirt(profile, edition);
    const entities = await countEntities(ctx);
    await writeSeedInfo(conn, { profile: profile.name, edition, seed, generatorVersion: GENERATOR_VERSION, dirt, entities });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    log(`done in ${seconds} s`);
    return { database: c.database, profile: profile.name, edition, seed, seconds, rows: Object.fromEntries(ctx.counts), entities, dirt };
  } catch (err) {
    if (err instanceof MagemigError) throw err;
    const e = err as { code?: string; sqlMessage?: string; message?: string };
    throw new MagemigError('SEED_FAILED', `seeding ${describeConnection(c)} failed: ${e.sqlMessage ?? e.message ?? String(err)}`, 'fatal', { cause: err });
  } finally {
    await conn.end().catch(() => {});
  }
}

/**
 * Creates the database if missing and (re)creates every table the generator writes; other tables are left alone.
 * Returns the ALTER TABLE statements that add the indexes deferred for bulk loading.
 */
async function prepareDatabase(conn: MysqlConnection, database: string, edition: Edition, force: boolean): Promise<string[]> {
  await conn.query(`CREATE DATABASE IF NOT EXISTS ${quoteMysqlIdent(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
  await conn.query(`USE ${quoteMysqlIdent(database)}`);
  if (!force) await refuseRealStore(conn, database);
  // Zero dates are part of the dirt; checks off for speed and because orphans are part of it too.
  await conn.query("SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO', time_zone = '+00:00', FOREIGN_KEY_CHECKS = 0, UNIQUE_CHECKS = 0");
  const all = new Set([...sourceSchemaTables('opensource'), ...sourceSchemaTables('commerce'), ...HELPER_TABLES]);
  await conn.query(`DROP TABLE IF EXISTS ${[...all].map(quoteMysqlIdent).join(', ')}`);
  const schema = deferIndexes(sourceSchemaStatements(edition));
  for (const statement of schema.statements) await conn.query(statement);
  return schema.restore;
}

/**
 * seed drops and recreates every Magento table it knows: never in a database that holds a store it did not
 * generate (a mistyped --source pointing at production would be wiped).
 */
async function refuseRealStore(conn: MysqlConnection, database: string): Promise<void> {
  const [rows] = await conn.query(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ? AND table_name IN ('catalog_product_entity', 'magemig_seed_info')",
    [database],
  );
  const names = new Set((rows as Array<{ t: string }>).map((r) => r.t));
  if (names.has('catalog_product_entity') && !names.has('magemig_seed_info')) {
    throw new MagemigError(
      'SEED_REFUSED',
      `database '${database}' holds a Magento store that seed did not generate; seed would drop its tables (pass --force to overwrite it anyway)`,
    );
  }
}

async function timed(ctx: SeedContext, label: string, sql: string): Promise<void> {
  const started = performance.now();
  await ctx.conn.query(sql);
  ctx.log(`${label} (${Math.round(performance.now() - started)} ms)`);
}

async function generate(ctx: SeedContext): Promise<void> {
  const p = ctx.profile;
  await createNumbers(ctx, Math.max(ctx.layout.total, p.orders, p.customers * 2, 1000) + 10);
  await loadSystemMetadata(ctx);
  await createStores(ctx);
  await createConfig(ctx, (s) => STORE_LANGUAGES[(s - 1) % STORE_LANGUAGES.length].lang);
  if (ctx.commerce) await createVersionTable(ctx);
  await createUserAttributes(ctx);
  await createCustomerAttributes(ctx);
  await createCategories(ctx);
  await createProducts(ctx);
  await createProductValues(ctx);
  await createComposites(ctx);
  await createMediaAndPrices(ctx);
  await createInventory(ctx);
  await createCatalogRules(ctx);
  await createCustomers(ctx);
  await createSales(ctx);
  await createContent(ctx);
  await createStaff(ctx);
  await createDirectoryExtras(ctx);
  await createCarts(ctx);
  await createMailTemplates(ctx);
  await createShippingAndVault(ctx);
  await createLoyaltyAndReturns(ctx);
  await applyDirt(ctx);
  await ctx.conn.query(`DROP TABLE IF EXISTS ${HELPER_TABLES.filter((t) => t !== 'magemig_seed_info').join(', ')}`);
}

async function countEntities(ctx: SeedContext): Promise<Record<string, number>> {
  const current = ctx.commerce ? `WHERE created_in <= UNIX_TIMESTAMP() AND updated_in > UNIX_TIMESTAMP()` : '';
  const queries: Record<string, string> = {
    products: `SELECT COUNT(*) FROM catalog_product_entity ${current}`,
    productRows: 'SELECT COUNT(*) FROM catalog_product_entity',
    categories: `SELECT COUNT(*) FROM catalog_category_entity ${current}`,
    customers: 'SELECT COUNT(*) FROM customer_entity',
    customerAddresses: 'SELECT COUNT(*) FROM customer_address_entity',
    newsletterSubscribers: 'SELECT COUNT(*) FROM newsletter_subscriber',
    orders: 'SELECT COUNT(*) FROM sales_order',
    orderItems: 'SELECT COUNT(*) FROM sales_order_item',
    invoices: 'SELECT COUNT(*) FROM sales_invoice',
    shipments: 'SELECT COUNT(*) FROM sales_shipment',
    creditmemos: 'SELECT COUNT(*) FROM sales_creditmemo',
    reviews: 'SELECT COUNT(*) FROM review',
    cmsPages: `SELECT COUNT(*) FROM cms_page ${current}`,
    cmsBlocks: `SELECT COUNT(*) FROM cms_block ${current}`,
    urlRewrites: 'SELECT COUNT(*) FROM url_rewrite',
    websites: 'SELECT COUNT(*) FROM store_website WHERE website_id > 0',
    storeViews: 'SELECT COUNT(*) FROM store WHERE store_id > 0',
    userDefinedProductAttributes: 'SELECT COUNT(*) FROM eav_attribute WHERE entity_type_id = 4 AND is_user_defined = 1',
  };
  const out: Record<string, number> = {};
  for (const [name, sql] of Object.entries(queries)) {
    const [rows] = await ctx.conn.query(sql);
    out[name] = Number(Object.values((rows as Record<string, unknown>[])[0])[0]);
  }
  const [types] = await ctx.conn.query(`SELECT type_id, COUNT(*) AS n FROM catalog_product_entity ${current} GROUP BY type_id ORDER BY type_id`);
  for (const r of types as { type_id: string; n: number }[]) out[`products.${r.type_id}`] = Number(r.n);
  return out;
}
