import { rnd, run, type SeedContext } from '../session.ts';
import { customOptionsCondition } from './products.ts';

/**
 * Composite products and links. In Commerce every row version of a parent carries its own copy (Magento's staging
 * copies them per row_id), so parents are always read from catalog_product_entity with all versions; children and
 * linked products stay entity_ids.
 */
export async function createComposites(ctx: SeedContext): Promise<void> {
  await configurables(ctx);
  await bundles(ctx);
  await links(ctx);
  await downloadables(ctx);
  await customOptions(ctx);
}

/** Picks the i-th (0-based) of `count` distinct standalone simple products for parent entity `idExpr`. */
function simplePick(ctx: SeedContext, salt: string, idExpr: string, i: string): string {
  const s = ctx.layout.simple;
  return `${s.first} + MOD(${rnd(ctx, salt, idExpr, 1_000_000)} + ${i}, ${s.count})`;
}

async function configurables(ctx: SeedContext): Promise<void> {
  const k = ctx.key;
  await run(ctx, 'catalog_product_super_attribute', `INSERT INTO catalog_product_super_attribute (product_id, attribute_id, position)
    SELECT STRAIGHT_JOIN p.${k}, a.attribute_id, IF(a.attribute_code = 'color', 0, 1)
    FROM catalog_product_entity p JOIN eav_attribute a ON a.entity_type_id = 4 AND a.attribute_code IN ('color', 'size')
    WHERE p.type_id = 'configurable' ORDER BY p.${k}, a.attribute_id`);
  await run(ctx, 'catalog_product_super_attribute_label', `INSERT INTO catalog_product_super_attribute_label (product_super_attribute_id, store_id, use_default, value)
    SELECT sa.product_super_attribute_id, 0, 0, IF(sa.position = 0, 'Color', 'Size') FROM catalog_product_super_attribute sa ORDER BY 1`);
  // Some parents relabel their options on one store view.
  await run(ctx, 'catalog_product_super_attribute_label', `INSERT INTO catalog_product_super_attribute_label (product_super_attribute_id, store_id, use_default, value)
    SELECT STRAIGHT_JOIN sa.product_super_attribute_id, st.store_id, 0, CONCAT(IF(sa.position = 0, 'Color', 'Size'), ' [', st.code, ']')
    FROM catalog_product_super_attribute sa JOIN store st ON st.store_id = ${ctx.profile.storeViews}
    WHERE ${rnd(ctx, 'salabel', 'sa.product_super_attribute_id', 4)} = 0 ORDER BY 1`);
  const children = `FROM catalog_product_entity p JOIN magemig_product c ON c.parent_id = p.entity_id WHERE p.type_id = 'configurable' ORDER BY p.${k}, c.entity_id`;
  await run(ctx, 'catalog_product_super_link', `INSERT INTO catalog_product_super_link (product_id, parent_id) SELECT STRAIGHT_JOIN c.entity_id, p.${k} ${children}`);
  await run(ctx, 'catalog_product_relation', `INSERT INTO catalog_product_relation (parent_id, child_id) SELECT STRAIGHT_JOIN p.${k}, c.entity_id ${children}`);
}

async function bundles(ctx: SeedContext): Promise<void> {
  const k = ctx.key;
  await run(ctx, 'catalog_product_bundle_option', `INSERT INTO catalog_product_bundle_option (parent_id, required, position, type)
    SELECT STRAIGHT_JOIN p.${k}, IF(s.n = 1, 1, 0), s.n, IF(s.n = 1, 'select', 'checkbox')
    FROM catalog_product_entity p JOIN magemig_small s ON s.n <= 2 WHERE p.type_id = 'bundle' ORDER BY p.${k}, s.n`);
  await run(ctx, 'catalog_product_bundle_option_value', `INSERT INTO catalog_product_bundle_option_value (option_id, store_id, title, parent_product_id)
    SELECT o.option_id, 0, IF(o.position = 1, 'Main item', 'Extras'), o.parent_id FROM catalog_product_bundle_option o ORDER BY o.option_id`);
  await run(ctx, 'catalog_product_bundle_option_value', `INSERT INTO catalog_product_bundle_option_value (option_id, store_id, title, parent_product_id)
    SELECT o.option_id, 1, IF(o.position = 1, 'Main item (store)', 'Extras (store)'), o.parent_id FROM catalog_product_bundle_option o
    WHERE MOD(o.option_id, 2) = 0 ORDER BY o.option_id`);
  const parentEntity = `JOIN catalog_product_entity p ON p.${k} = o.parent_id`;
  await run(ctx, 'catalog_product_bundle_selection', `INSERT INTO catalog_product_bundle_selection
    (option_id, parent_product_id, product_id, position, is_default, selection_price_type, selection_price_value, selection_qty, selection_can_change_qty)
    SELECT STRAIGHT_JOIN o.option_id, o.parent_id, ${simplePick(ctx, 'bsel', "CONCAT(p.entity_id, '/', o.position)", 's.n - 1')}, s.n,
      IF(s.n = 1, 1, 0), 0, IF(m.price IS NULL, 0, 2 + s.n), 1, 1
    FROM catalog_product_bundle_option o ${parentEntity} JOIN magemig_product m ON m.entity_id = p.entity_id JOIN magemig_small s ON s.n <= 2
    ORDER BY o.option_id, s.n`);
  await run(ctx, 'catalog_product_bundle_selection_price', `INSERT INTO catalog_product_bundle_selection_price
    (selection_id, website_id, selection_price_type, selection_price_value, parent_product_id)
    SELECT sel.selection_id, 1, 0, sel.selection_price_value + 1, sel.parent_product_id FROM catalog_product_bundle_selection sel
    WHERE sel.selection_price_value > 0 ORDER BY sel.selection_id`);
  await run(ctx, 'catalog_product_relation', `INSERT INTO catalog_product_relation (parent_id, child_id)
    SELECT DISTINCT parent_product_id, product_id FROM catalog_product_bundle_selection ORDER BY 1, 2`);
}

/** Grouped products (link type 3 "super"), and related / up-sell / cross-sell links between simple products. */
async function links(ctx: SeedContext): Promise<void> {
  const k = ctx.key;
  await run(ctx, 'catalog_product_link', `INSERT INTO catalog_product_link (product_id, linked_product_id, link_type_id)
    SELECT STRAIGHT_JOIN p.${k}, ${simplePick(ctx, 'grp', 'p.entity_id', 's.n - 1')}, 3
    FROM catalog_product_entity p JOIN magemig_small s ON s.n <= 3 WHERE p.type_id = 'grouped' ORDER BY p.${k}, s.n`);
  await run(ctx, 'catalog_product_relation', `INSERT INTO catalog_product_relation (parent_id, child_id)
    SELECT product_id, linked_product_id FROM catalog_product_link WHERE link_type_id = 3 ORDER BY 1, 2`);
  // 10% of simple products have two related products, 5% an up-sell, 5% a cross-sell (never themselves).
  const other = (salt: string) => `${ctx.layout.simple.first} + MOD(p.entity_id + ${rnd(ctx, salt, 'p.entity_id', Math.max(1, ctx.layout.simple.count - 3))} + s.n - 1, ${ctx.layout.simple.count})`;
  const simple = `FROM catalog_product_entity p JOIN magemig_small s ON s.n <= 2 WHERE p.type_id = 'simple' AND p.entity_id <= ${ctx.layout.simple.last}`;
  for (const [type, salt, pct, n] of [[1, 'related', 10, 2], [4, 'upsell', 5, 1], [5, 'crosssell', 5, 1]] as const) {
    await run(ctx, 'catalog_product_link', `INSERT INTO catalog_product_link (product_id, linked_product_id, link_type_id)
      SELECT STRAIGHT_JOIN p.${k}, ${other(salt)}, ${type} ${simple} AND s.n <= ${n} AND ${rnd(ctx, `${salt}on`, 'p.entity_id', 100)} < ${pct}
      ORDER BY p.${k}, s.n`);
  }
  await run(ctx, 'catalog_product_link_attribute_int', `INSERT INTO catalog_product_link_attribute_int (product_link_attribute_id, link_id, value)
    SELECT la.product_link_attribute_id, l.link_id, MOD(l.link_id, 7) FROM catalog_product_link l
    JOIN catalog_product_link_attribute la ON la.link_type_id = l.link_type_id AND la.product_link_attribute_code = 'position' ORDER BY l.link_id`);
  await run(ctx, 'catalog_product_link_attribute_decimal', `INSERT INTO catalog_product_link_attribute_decimal (product_link_attribute_id, link_id, value)
    SELECT la.product_link_attribute_id, l.link_id, 1 + MOD(l.link_id, 3) FROM catalog_product_link l
    JOIN catalog_product_link_attribute la ON la.link_type_id = l.link_type_id AND la.product_link_attribute_code = 'qty' ORDER BY l.link_id`);
}

async function downloadables(ctx: SeedContext): Promise<void> {
  const k = ctx.key;
  await run(ctx, 'downloadable_link', `INSERT INTO downloadable_link (product_id, sort_order, number_of_downloads, is_shareable, link_url, link_file, link_type, sample_url, sample_file, sample_type)
    SELECT STRAIGHT_JOIN p.${k}, s.n, IF(s.n = 1, 0, 5), 2,
      IF(s.n = 2, CONCAT('https://downloads.example.com/', LOWER(p.sku), '.zip'), NULL),
      IF(s.n = 1, CONCAT('/', LOWER(SUBSTR(p.sku, 1, 1)), '/', LOWER(SUBSTR(p.sku, 2, 1)), '/', LOWER(p.sku), '.pdf'), NULL),
      IF(s.n = 1, 'file', 'url'), NULL, NULL, NULL
    FROM catalog_product_entity p JOIN magemig_small s ON s.n <= 2 WHERE p.type_id = 'downloadable' ORDER BY p.${k}, s.n`);
  await run(ctx, 'downloadable_link_title', `INSERT INTO downloadable_link_title (link_id, store_id, title)
    SELECT link_id, 0, IF(sort_order = 1, 'User guide (PDF)', 'Software package') FROM downloadable_link ORDER BY link_id`);
  await run(ctx, 'downloadable_link_title', `INSERT INTO downloadable_link_title (link_id, store_id, title)
    SELECT link_id, 1, IF(sort_order = 1, 'User guide (store PDF)', 'Software package (store)') FROM downloadable_link WHERE MOD(link_id, 2) = 1 ORDER BY link_id`);
  await run(ctx, 'downloadable_link_price', `INSERT INTO downloadable_link_price (link_id, website_id, price)
    SELECT link_id, 0, IF(sort_order = 1, 0, 4.99) FROM downloadable_link ORDER BY link_id`);
  await run(ctx, 'downloadable_sample', `INSERT INTO downloadable_sample (product_id, sample_url, sample_file, sample_type, sort_order)
    SELECT p.${k}, NULL, CONCAT('/s/a/sample-', LOWER(p.sku), '.pdf'), 'file', 1 FROM catalog_product_entity p WHERE p.type_id = 'downloadable' ORDER BY p.${k}`);
  await run(ctx, 'downloadable_sample_title', `INSERT INTO downloadable_sample_title (sample_id, store_id, title)
    SELECT sample_id, 0, 'Sample chapter' FROM downloadable_sample ORDER BY sample_id`);
}

/** Custom options (engraving text field, gift wrap drop-down with two values) on 3% of the standalone simple products. */
async function customOptions(ctx: SeedContext): Promise<void> {
  const k = ctx.key;
  await run(ctx, 'catalog_product_option', `INSERT INTO catalog_product_option (product_id, type, is_require, sku, max_characters, sort_order)
    SELECT STRAIGHT_JOIN p.${k}, IF(s.n = 1, 'field', 'drop_down'), IF(s.n = 1, 0, 1), IF(s.n = 1, 'engrave', NULL), IF(s.n = 1, 20, NULL), s.n
    FROM catalog_product_entity p JOIN magemig_small s ON s.n <= 2
    WHERE p.type_id = 'simple' AND p.entity_id <= ${ctx.layout.simple.last} AND ${customOptionsCondition(ctx, 'p.entity_id')} ORDER BY p.${k}, s.n`);
  await run(ctx, 'catalog_product_option_title', `INSERT INTO catalog_product_option_title (option_id, store_id, title)
    SELECT option_id, 0, IF(type = 'field', 'Engraving', 'Gift wrap') FROM catalog_product_option ORDER BY option_id`);
  await run(ctx, 'catalog_product_option_title', `INSERT INTO catalog_product_option_title (option_id, store_id, title)
    SELECT option_id, 1, IF(type = 'field', 'Engraving (store)', 'Gift wrap (store)') FROM catalog_product_option WHERE MOD(option_id, 3) = 0 ORDER BY option_id`);
  await run(ctx, 'catalog_product_option_price', `INSERT INTO catalog_product_option_price (option_id, store_id, price, price_type)
    SELECT option_id, 0, 5, 'fixed' FROM catalog_product_option WHERE type = 'field' ORDER BY option_id`);
  await run(ctx, 'catalog_product_option_type_value', `INSERT INTO catalog_product_option_type_value (option_id, sku, sort_order)
    SELECT STRAIGHT_JOIN o.option_id, IF(s.n = 1, 'wrap-red', 'wrap-gold'), s.n FROM catalog_product_option o JOIN magemig_small s ON s.n <= 2
    WHERE o.type = 'drop_down' ORDER BY o.option_id, s.n`);
  await run(ctx, 'catalog_product_option_type_title', `INSERT INTO catalog_product_option_type_title (option_type_id, store_id, title)
    SELECT option_type_id, 0, IF(sort_order = 1, 'Red paper', 'Gold paper') FROM catalog_product_option_type_value ORDER BY option_type_id`);
  await run(ctx, 'catalog_product_option_type_price', `INSERT INTO catalog_product_option_type_price (option_type_id, store_id, price, price_type)
    SELECT option_type_id, 0, IF(sort_order = 1, 2.5, 10), IF(sort_order = 1, 'fixed', 'percent') FROM catalog_product_option_type_value ORDER BY option_type_id`);
}
