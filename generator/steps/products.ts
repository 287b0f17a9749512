import { FIRST_COLOR_OPTION, FIRST_PRODUCT_SET_ID, FIRST_SIZE_OPTION, COLORS } from './attributes.ts';
import type { IdRange } from '../profiles.ts';
import { rnd, run, ts, type SeedContext } from '../session.ts';
import { versionPatternSql } from '../versions.ts';

/**
 * magemig_product: one row per product entity with what later statements derive values from (type, set, sku, base
 * price, configurable parent and its color/size). Dropped at the end.
 */
async function createProductHelper(ctx: SeedContext): Promise<void> {
  await ctx.conn.query(`CREATE TABLE magemig_product (
    entity_id INT UNSIGNED NOT NULL PRIMARY KEY, type_id VARCHAR(32) NOT NULL, attribute_set_id SMALLINT UNSIGNED NOT NULL,
    sku VARCHAR(64) NOT NULL, created_at DATETIME NOT NULL, price DECIMAL(20,6) NULL, vpattern TINYINT UNSIGNED NOT NULL,
    parent_id INT UNSIGNED NULL, color INT UNSIGNED NULL, size INT UNSIGNED NULL, KEY (type_id), KEY (parent_id)) ENGINE=InnoDB`);
  const L = ctx.layout, S = ctx.profile.attributeSets, K = ctx.profile.childrenPerConfigurable;
  const sizesPer = K >= 8 ? 4 : 2;
  const e = (r: IdRange) => `s.n + ${r.first - 1}`;
  const price = (salt: string, id: string) => `(5 + ${rnd(ctx, salt, id, 495)} + ${rnd(ctx, `${salt}c`, id, 100)} / 100)`;
  const created = (id: string) => ts(`${rnd(ctx, 'created', id, 126_000_000)}`);
  const insert = async (r: IdRange, type: string, set: string, sku: string, priceSql: string, extra = 'NULL, NULL, NULL') => {
    if (r.count === 0) return;
    await run(ctx, 'magemig_product', `INSERT INTO magemig_product
      (entity_id, type_id, attribute_set_id, sku, created_at, price, vpattern, parent_id, color, size)
      SELECT ${e(r)}, '${type}', ${set}, ${sku}, ${created(e(r))}, ${priceSql},
        ${ctx.commerce ? versionPatternSql(ctx, 'prodver', e(r)) : 0}, ${extra}
      FROM magemig_seq s WHERE s.n <= ${r.count}`);
  };
  const pad = (id: string) => `LPAD(${id}, 7, '0')`;
  await insert(L.simple, 'simple', `IF(${rnd(ctx, 'set', 's.n', 100)} < 85, ${FIRST_PRODUCT_SET_ID} + MOD(s.n, ${S}), 4)`,
    `CONCAT('SKU-', ${pad(e(L.simple))})`, price('price', e(L.simple)));
  await insert(L.configurable, 'configurable', `${FIRST_PRODUCT_SET_ID} + MOD(s.n, ${S})`, `CONCAT('CFG-', ${pad(e(L.configurable))})`, 'NULL');
  // Child j of configurable i: one color per block of `sizesPer` children, sizes cycling inside the block.
  const i = `((s.n - 1) DIV ${K})`, j = `MOD(s.n - 1, ${K})`;
  const color = `${FIRST_COLOR_OPTION} + MOD(${i} + ${j} DIV ${sizesPer}, ${COLORS.length})`;
  const size = `${FIRST_SIZE_OPTION} + MOD(${j}, ${sizesPer})`;
  await insert(L.children, 'simple', `${FIRST_PRODUCT_SET_ID} + MOD(${i} + 1, ${S})`,
    `CONCAT('CFG-', ${pad(`${L.configurable.first} + ${i}`)}, '-', ${j} + 1)`, price('cprice', `${L.configurable.first} + ${i}`),
    `${L.configurable.first} + ${i}, ${color}, ${size}`);
  await insert(L.virtual, 'virtual', '4', `CONCAT('VIRT-', ${pad(e(L.virtual))})`, price('price', e(L.virtual)));
  // Half the bundles have a fixed price (price_type 1); dynamic bundles have none.
  await insert(L.bundle, 'bundle', '4', `CONCAT('BNDL-', ${pad(e(L.bundle))})`, `IF(MOD(s.n, 2) = 0, ${price('price', e(L.bundle))}, NULL)`);
  await insert(L.grouped, 'grouped', '4', `CONCAT('GRP-', ${pad(e(L.grouped))})`, 'NULL');
  await insert(L.downloadable, 'downloadable', '4', `CONCAT('DL-', ${pad(e(L.downloadable))})`, price('price', e(L.downloadable)));
}

export async function createProducts(ctx: SeedContext): Promise<void> {
  await createProductHelper(ctx);
  const hasOptions = `(m.type_id IN ('configurable', 'bundle', 'downloadable') OR (m.type_id = 'simple' AND m.parent_id IS NULL AND ${customOptionsCondition(ctx, 'm.entity_id')}))`;
  const required = "m.type_id IN ('configurable', 'bundle')";
  const updated = `TIMESTAMPADD(SECOND, ${rnd(ctx, 'updated', 'm.entity_id', 40_000_000)}, m.created_at)`;
  const cols = 'entity_id, attribute_set_id, type_id, sku, has_options, required_options, created_at, updated_at';
  const vals = `m.entity_id, m.attribute_set_id, m.type_id, m.sku, IF(${hasOptions}, 1, 0), IF(${required}, 1, 0), m.created_at, ${updated}`;
  if (!ctx.commerce) {
    await run(ctx, 'catalog_product_entity', `INSERT INTO catalog_product_entity (${cols}) SELECT ${vals} FROM magemig_product m ORDER BY m.entity_id`);
  } else {
    await run(ctx, 'sequence_product', 'INSERT INTO sequence_product (sequence_value) SELECT entity_id FROM magemig_product ORDER BY entity_id');
    await run(ctx, 'catalog_product_entity', `INSERT INTO catalog_product_entity (row_id, created_in, updated_in, ${cols})
      SELECT ROW_NUMBER() OVER (ORDER BY m.entity_id, v.v), v.created_in, v.updated_in, ${vals}
      FROM magemig_product m JOIN magemig_version v ON v.pattern = m.vpattern ORDER BY m.entity_id, v.v`);
  }
  // Website 1 always; other websites for 70% of products. Children follow their parent's websites.
  await run(ctx, 'catalog_product_website', `INSERT INTO catalog_product_website (product_id, website_id)
    SELECT STRAIGHT_JOIN m.entity_id, w.website_id FROM magemig_product m JOIN store_website w ON w.website_id > 0
    WHERE w.website_id = 1 OR ${rnd(ctx, 'website', ['COALESCE(m.parent_id, m.entity_id)', 'w.website_id'], 10)} < 7
    ORDER BY m.entity_id, w.website_id`);
  await assignCategories(ctx);
}

/** Simple products with custom options (engraving text, gift wrap drop-down): 3%. */
export function customOptionsCondition(ctx: SeedContext, idExpr: string): string {
  return `${rnd(ctx, 'customopt', idExpr, 100)} < 3`;
}

/** One or two categories per visible product (configurable children are only reached through their parent). */
async function assignCategories(ctx: SeedContext): Promise<void> {
  const n = ctx.profile.categories;
  const first = `MOD(${rnd(ctx, 'cat1', 'm.entity_id', 1_000_000)}, ${n})`;
  const second = `MOD(${first} + 1 + ${rnd(ctx, 'cat2', 'm.entity_id', Math.max(1, n - 1))}, ${n})`;
  await run(ctx, 'catalog_category_product', `INSERT INTO catalog_category_product (category_id, product_id, position)
    SELECT 3 + IF(s.n = 1, ${first}, ${second}), m.entity_id, ${rnd(ctx, 'catpos', ['m.entity_id', 's.n'], 200)}
    FROM magemig_product m JOIN magemig_small s ON s.n <= 2
    WHERE m.parent_id IS NULL AND (s.n = 1 OR (${n} > 1 AND ${rnd(ctx, 'cat2on', 'm.entity_id', 10)} < 4))
    ORDER BY m.entity_id, s.n`);
}
