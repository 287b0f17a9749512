import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FUTURE_UPDATES, PAST_UPDATES, insertRows, run, type SeedContext } from '../session.ts';

const SYSTEM_SQL = fileURLToPath(new URL('../metadata/system.sql', import.meta.url));

/** Store view languages, in store_id order: the first view is the default English one. */
export const STORE_LANGUAGES = [
  { code: 'default', name: 'Default Store View', lang: 'en' },
  { code: 'fr', name: 'French Store View', lang: 'fr' },
  { code: 'de', name: 'German Store View', lang: 'de' },
  { code: 'es', name: 'Spanish Store View', lang: 'es' },
  { code: 'it', name: 'Italian Store View', lang: 'it' },
  { code: 'nl', name: 'Dutch Store View', lang: 'nl' },
];

/**
 * magemig_seq(n): 1..N, the numbers every INSERT ... SELECT draws its rows from. MariaDB's SEQUENCE engine fills it
 * in one statement; MySQL 8 has no seq_1_to_N, so it is built from a cross join of digits there. magemig_small: 1..32.
 */
export async function createNumbers(ctx: SeedContext, max: number): Promise<void> {
  await ctx.conn.query('DROP TABLE IF EXISTS magemig_seq');
  await ctx.conn.query('CREATE TABLE magemig_seq (n INT UNSIGNED NOT NULL PRIMARY KEY) ENGINE=InnoDB');
  try {
    await ctx.conn.query(`INSERT INTO magemig_seq (n) SELECT seq FROM seq_1_to_${max}`);
  } catch {
    const digits = '(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)';
    const width = String(max).length;
    const from = Array.from({ length: width }, (_, i) => `${digits} d${i}`).join(' CROSS JOIN ');
    const value = Array.from({ length: width }, (_, i) => `d${i}.d * ${10 ** i}`).join(' + ');
    await ctx.conn.query(`INSERT INTO magemig_seq (n) SELECT n FROM (SELECT ${value} + 1 AS n FROM ${from}) x WHERE n <= ${max}`);
  }
  // Small multiplicities (lines per order, images per product) join this one: a join on magemig_seq with a bound
  // depending on the outer row makes the optimizer scan all of magemig_seq for every outer row.
  await ctx.conn.query('DROP TABLE IF EXISTS magemig_small');
  await ctx.conn.query('CREATE TABLE magemig_small (n TINYINT UNSIGNED NOT NULL PRIMARY KEY) ENGINE=InnoDB');
  await ctx.conn.query('INSERT INTO magemig_small (n) SELECT n FROM magemig_seq WHERE n <= 32');
  ctx.log(`magemig_seq: 1..${max}`);
}

/** Magento's own EAV metadata and lookup rows (copied from a real 2.4.2 install), adjusted as a configured store has them. */
export async function loadSystemMetadata(ctx: SeedContext): Promise<void> {
  const started = performance.now();
  await ctx.conn.query(readFileSync(SYSTEM_SQL, 'utf8'));
  // Catalog price scope = website: Magento then flips every price attribute to website scope (is_global 2).
  await ctx.conn.query(`UPDATE catalog_eav_attribute c JOIN eav_attribute a ON a.attribute_id = c.attribute_id
    SET c.is_global = 2 WHERE a.entity_type_id = 4 AND a.frontend_input = 'price'`);
  await ctx.conn.query(`UPDATE catalog_eav_attribute c JOIN eav_attribute a ON a.attribute_id = c.attribute_id
    SET c.additional_data = CASE a.attribute_code
      WHEN 'color' THEN '{"swatch_input_type":"visual","update_product_preview_image":1,"use_product_image_for_swatch":0}'
      ELSE '{"swatch_input_type":"text","update_product_preview_image":1,"use_product_image_for_swatch":0}' END,
      c.is_filterable = 1, c.is_comparable = 1, c.is_visible_on_front = 1
    WHERE a.entity_type_id = 4 AND a.attribute_code IN ('color', 'size')`);
  ctx.log(`system metadata (eav, groups, statuses, ratings): ${Math.round(performance.now() - started)} ms`);
}

export async function createStores(ctx: SeedContext): Promise<void> {
  const websites: unknown[][] = [[0, 'admin', 'Admin', 0, 0, 0]];
  const groups: unknown[][] = [[0, 0, 'Default', 0, 0, 'default']];
  const stores: unknown[][] = [[0, 'admin', 0, 0, 'Admin', 0, 1]];
  ctx.stores.forEach((storeIds, i) => {
    const w = i + 1;
    websites.push([w, w === 1 ? 'base' : `website_${w}`, w === 1 ? 'Main Website' : `Website ${w}`, w - 1, w, w === 1 ? 1 : 0]);
    groups.push([w, w, w === 1 ? 'Main Website Store' : `Website ${w} Store`, 2, storeIds[0], w === 1 ? 'main_website_store' : `website_${w}_store`]);
    for (const s of storeIds) {
      const lang = STORE_LANGUAGES[(s - 1) % STORE_LANGUAGES.length];
      const code = s <= STORE_LANGUAGES.length ? lang.code : `${lang.code}_${s}`;
      // The last store view is disabled on bigger stores: real shops keep old views around.
      const active = s === ctx.profile.storeViews && s > 2 ? 0 : 1;
      stores.push([s, code, w, w, s <= STORE_LANGUAGES.length ? lang.name : `${lang.name} ${s}`, s - 1, active]);
    }
  });
  await insertRows(ctx, 'store_website', ['website_id', 'code', 'name', 'sort_order', 'default_group_id', 'is_default'], websites);
  await insertRows(ctx, 'store_group', ['group_id', 'website_id', 'name', 'root_category_id', 'default_store_id', 'code'], groups);
  await insertRows(ctx, 'store', ['store_id', 'code', 'website_id', 'group_id', 'name', 'sort_order', 'is_active'], stores);
  await insertRows(ctx, 'admin_analytics_usage_version_log', ['id', 'last_viewed_in_version'], [[1, '2.4.2-p1']]);
  await insertRows(ctx, 'setup_module', ['module', 'schema_version', 'data_version'], [
    ['Magento_Store', '2.1.1', '2.1.1'],
    ['Magento_Catalog', '2.4.2', '2.4.2'],
    ['Magento_Customer', '2.0.13', '2.0.13'],
    ['Magento_Sales', '2.0.14', '2.0.14'],
  ]);
  // Commerce: the staging updates whose ids (start timestamps) bound the row versions.
  if (ctx.commerce) {
    const updates = [
      ...PAST_UPDATES.map((id, i) => [id, `FROM_UNIXTIME(${id})`, `Season ${2021 + i} price update`, 0]),
      ...FUTURE_UPDATES.map((id, i) => [id, `FROM_UNIXTIME(${id})`, `Scheduled campaign ${i + 1}`, 1]),
    ];
    await run(ctx, 'staging_update', `INSERT INTO staging_update (id, start_time, name, description, is_campaign, is_rollback)
      VALUES ${updates.map(([id, start, name, campaign]) => `(${id}, ${start}, '${name}', NULL, ${campaign}, NULL)`).join(', ')}`);
  }
}
