import { writeValues, type ValuePlan } from '../eav-values.ts';
import { rnd, run, ts, type SeedContext } from '../session.ts';
import { versionSuffixSql } from '../versions.ts';

const ADJECTIVES = ['Classic', 'Urban', 'Light', 'Pro', 'Eco', 'Sport', 'Soft', 'Bold', 'Smart', 'Vintage', 'Compact', 'Deluxe'];
const NOUNS = ['Tee', 'Hoodie', 'Jacket', 'Bag', 'Bottle', 'Watch', 'Shorts', 'Pants', 'Cap', 'Mat', 'Lamp', 'Mug', 'Sneaker', 'Backpack'];
const COUNTRIES = ['US', 'DE', 'CN', 'IT', 'FR', 'VN', 'PT', 'GB'];

const elt = (list: string[], idx: string) => `ELT(1 + ${idx}, ${list.map((w) => `'${w}'`).join(', ')})`;

/** Products that have a media gallery (and so image/small_image/thumbnail values). */
export function hasMediaSql(ctx: SeedContext, idExpr: string): string {
  return `${rnd(ctx, 'media', idExpr, 1000)} < 800`;
}

/** Products with a special price: the special_price plan's own draw, so dates follow the price exactly. */
function hasSpecialSql(ctx: SeedContext): string {
  return `${rnd(ctx, 'special_price', 'p.entity_id', 1000)} < 150`;
}

/**
 * Values of Magento's system product attributes, by scope as Magento stores them: store-scope attributes (is_global 0)
 * get per-view overrides and explicit NULL rows; website-scope ones (is_global 2: status, prices, special dates, tax
 * class, country of manufacture) get per-website values fanned out to each view of the website; global ones only store 0.
 */
export function productNameSql(ctx: SeedContext, idExpr: string): string {
  return `CONCAT(${elt(ADJECTIVES, rnd(ctx, 'adj', idExpr, ADJECTIVES.length))}, ' ', ${elt(NOUNS, rnd(ctx, 'noun', idExpr, NOUNS.length))}, ' ', ${idExpr})`;
}

/** The store-0 url_key of a product, and the share of (product, view) pairs with their own url_key. */
export function productUrlKeySql(ctx: SeedContext, idExpr: string): string {
  return `LOWER(CONCAT(${elt(ADJECTIVES, rnd(ctx, 'adj', idExpr, ADJECTIVES.length))}, '-', ${elt(NOUNS, rnd(ctx, 'noun', idExpr, NOUNS.length))}, '-', ${idExpr}))`;
}
export const URL_KEY_STORE_SHARE = 200;

export function systemProductPlans(ctx: SeedContext): ValuePlan[] {
  const ver = versionSuffixSql(ctx);
  const name = productNameSql(ctx, 'p.entity_id');
  const urlKey = productUrlKeySql(ctx, 'p.entity_id');
  const priced = "m.price IS NOT NULL";
  const physical = "p.type_id IN ('simple', 'configurable') OR (p.type_id = 'bundle' AND m.price IS NOT NULL)";
  // Old / scheduled Commerce versions carry other prices, so picking the wrong row_id shows.
  const verPrice = ctx.commerce ? `* IF(p.created_in > 1700000000, 1.1, IF(p.updated_in <= 1700000000, 0.9, 1))` : '';
  const wPrice = `ROUND(m.price * (1 + st.website_id * 0.05) ${verPrice}, 2)`;
  return [
    { code: 'name', table: 'varchar', value: `CONCAT(${name}, ${ver})`, store: { share: 300, value: `CONCAT(${name}, ' [', st.code, ']')` } },
    { code: 'url_key', table: 'varchar', value: urlKey, store: { share: URL_KEY_STORE_SHARE, value: `CONCAT(${urlKey}, '-', st.code)` } },
    { code: 'meta_title', table: 'varchar', share: 500, value: name, store: { share: 100, value: `CONCAT(${name}, ' | ', st.code)` } },
    { code: 'meta_description', table: 'varchar', share: 400, value: `CONCAT('Buy ', ${name}, ' online')`, store: { share: 50, value: `CONCAT('Buy ', ${name}, ' [', st.code, ']')`, nullShare: 80 } },
    { code: 'meta_keyword', table: 'text', share: 300, value: `LOWER(REPLACE(${name}, ' ', ','))` },
    { code: 'options_container', table: 'varchar', value: "'container2'" },
    { code: 'description', table: 'text', value: `CONCAT('<p>', ${name}, ' is made for every day.</p><ul><li>Durable</li><li>Washable</li></ul>')`, store: { share: 150, value: `CONCAT('<p>', ${name}, ' [', st.code, ']</p>')`, nullShare: 50 } },
    { code: 'short_description', table: 'text', share: 600, value: `CONCAT('Short: ', ${name})`, store: { share: 100, value: `CONCAT('Short [', st.code, ']')`, nullShare: 100 } },
    ...(['image', 'small_image', 'thumbnail'] as const).map((code): ValuePlan => ({
      code, table: 'varchar', where: hasMediaSql(ctx, 'p.entity_id'),
      value: "CONCAT('/', LOWER(SUBSTR(p.sku, 1, 1)), '/', LOWER(SUBSTR(p.sku, 2, 1)), '/', LOWER(p.sku), '-1.jpg')",
    })),
    { code: 'status', table: 'int', value: `IF(${rnd(ctx, 'disabled', 'p.entity_id', 100)} < 5, 2, 1)`, website: { share: 100, value: '2' } },
    { code: 'visibility', table: 'int', value: "IF(m.parent_id IS NULL, 4, 1)", store: { share: 30, value: '2' } },
    { code: 'tax_class_id', table: 'int', value: "IF(p.type_id IN ('virtual', 'downloadable'), 0, 2)", website: { share: 30, value: '0' } },
    { code: 'quantity_and_stock_status', table: 'int', value: '1' },
    { code: 'color', table: 'int', where: `m.color IS NOT NULL OR (p.type_id = 'simple' AND ${rnd(ctx, 'hascolor', 'p.entity_id', 10)} < 3)`, value: `COALESCE(m.color, 4 + ${rnd(ctx, 'color', 'p.entity_id', 12)})` },
    { code: 'size', table: 'int', where: `m.size IS NOT NULL OR (p.type_id = 'simple' AND ${rnd(ctx, 'hassize', 'p.entity_id', 10)} < 2)`, value: `COALESCE(m.size, 16 + ${rnd(ctx, 'size', 'p.entity_id', 8)})` },
    { code: 'price_type', table: 'int', where: "p.type_id = 'bundle'", value: 'IF(m.price IS NULL, 0, 1)' },
    ...(['sku_type', 'weight_type', 'price_view', 'shipment_type'] as const).map((code): ValuePlan => ({ code, table: 'int', where: "p.type_id = 'bundle'", value: "IF(m.price IS NULL, 0, 1)" })),
    { code: 'links_purchased_separately', table: 'int', where: "p.type_id = 'downloadable'", value: '1' },
    { code: 'links_exist', table: 'int', where: "p.type_id = 'downloadable'", value: '1' },
    { code: 'links_title', table: 'varchar', where: "p.type_id = 'downloadable'", value: "'Links'", store: { share: 300, value: "CONCAT('Links [', st.code, ']')" } },
    { code: 'samples_title', table: 'varchar', where: "p.type_id = 'downloadable'", value: "'Samples'" },
    { code: 'price', table: 'decimal', where: priced, value: `ROUND(m.price ${verPrice}, 2)`, website: { share: 300, value: wPrice } },
    { code: 'special_price', table: 'decimal', where: priced, share: 150, value: `ROUND(m.price * 0.8 ${verPrice}, 2)`, website: { share: 80, value: `ROUND(m.price * 0.75 ${verPrice}, 2)` } },
    { code: 'cost', table: 'decimal', where: priced, share: 400, value: 'ROUND(m.price * 0.45, 2)' },
    { code: 'weight', table: 'decimal', where: physical, value: `1 + ${rnd(ctx, 'weight', 'p.entity_id', 2000)} / 100` },
    { code: 'msrp', table: 'decimal', where: priced, share: 50, value: 'ROUND(m.price * 1.3, 2)' },
    // Dates: special price windows (some open-ended), "new from" dates; website-scope like the prices.
    { code: 'special_from_date', table: 'datetime', where: `${priced} AND ${hasSpecialSql(ctx)}`, value: ts(`${rnd(ctx, 'spfrom', 'p.entity_id', 150_000_000)}`), website: { share: 50, value: ts(`${rnd(ctx, 'spfromw', ['p.entity_id', 'st.website_id'], 150_000_000)}`) } },
    { code: 'special_to_date', table: 'datetime', where: `${priced} AND ${hasSpecialSql(ctx)} AND ${rnd(ctx, 'spopen', 'p.entity_id', 10)} < 7`, value: ts(`150000000 + ${rnd(ctx, 'spto', 'p.entity_id', 30_000_000)}`) },
    { code: 'news_from_date', table: 'datetime', share: 100, value: ts(`${rnd(ctx, 'news', 'p.entity_id', 150_000_000)}`) },
    { code: 'country_of_manufacture', table: 'varchar', where: physical, share: 300, value: elt(COUNTRIES, rnd(ctx, 'country', 'p.entity_id', COUNTRIES.length)), website: { share: 40, value: "'CN'" } },
    { code: 'msrp_display_actual_price_type', table: 'varchar', where: priced, share: 50, value: "'0'" },
  ];
}

/** The profile's user-defined attributes: selects and multiselects (global, option ids) and texts (store scope). */
async function writeUserAttributeValues(ctx: SeedContext): Promise<void> {
  const key = ctx.key;
  const base = (kind: string) => `FROM catalog_product_entity p JOIN magemig_user_attr u ON u.attribute_set_id = p.attribute_set_id AND u.kind = '${kind}'`;
  const pick = (salt: string) => `u.first_option + ${rnd(ctx, salt, ['p.entity_id', 'u.attribute_id'], 1_000_000)} % u.options`;
  await run(ctx, 'catalog_product_entity_int', `INSERT INTO catalog_product_entity_int (attribute_id, store_id, ${key}, value)
    SELECT STRAIGHT_JOIN u.attribute_id, 0, p.${key}, ${pick('uopt')} ${base('select')}
    WHERE ${rnd(ctx, 'ufill', ['p.entity_id', 'u.attribute_id'], 10)} < 7`);
  // Multiselect values are comma-separated option ids, one to three distinct ones.
  const second = `IF(u.options > 1 AND ${rnd(ctx, 'umulti2', 'p.entity_id', 2)} = 0, u.first_option + (${rnd(ctx, 'umulti', ['p.entity_id', 'u.attribute_id'], 1_000_000)} + 1) % u.options, NULL)`;
  const third = `IF(u.options > 2 AND ${rnd(ctx, 'umulti3', 'p.entity_id', 4)} = 0, u.first_option + (${rnd(ctx, 'umulti', ['p.entity_id', 'u.attribute_id'], 1_000_000)} + 2) % u.options, NULL)`;
  await run(ctx, 'catalog_product_entity_varchar', `INSERT INTO catalog_product_entity_varchar (attribute_id, store_id, ${key}, value)
    SELECT STRAIGHT_JOIN u.attribute_id, 0, p.${key}, CONCAT_WS(',', ${pick('umulti')}, ${second}, ${third}) ${base('multiselect')}
    WHERE ${rnd(ctx, 'ufill', ['p.entity_id', 'u.attribute_id'], 10)} < 6`);
  await run(ctx, 'catalog_product_entity_varchar', `INSERT INTO catalog_product_entity_varchar (attribute_id, store_id, ${key}, value)
    SELECT STRAIGHT_JOIN u.attribute_id, 0, p.${key}, CONCAT('Text ', u.attribute_id, ' of ', p.entity_id) ${base('text')}
    WHERE ${rnd(ctx, 'ufill', ['p.entity_id', 'u.attribute_id'], 10)} < 7`);
  await run(ctx, 'catalog_product_entity_varchar', `INSERT INTO catalog_product_entity_varchar (attribute_id, store_id, ${key}, value)
    SELECT STRAIGHT_JOIN u.attribute_id, st.store_id, p.${key}, CONCAT('Text ', u.attribute_id, ' of ', p.entity_id, ' [', st.code, ']') ${base('text')}
    JOIN store st ON st.store_id > 0
    WHERE ${rnd(ctx, 'ufill', ['p.entity_id', 'u.attribute_id'], 10)} < 7 AND ${rnd(ctx, 'utexts', ['p.entity_id', 'u.attribute_id', 'st.store_id'], 10)} = 0`);
}

export async function createProductValues(ctx: SeedContext): Promise<void> {
  await writeValues(ctx, {
    prefix: 'catalog_product',
    entityTypeId: 4,
    join: 'JOIN magemig_product m ON m.entity_id = p.entity_id',
    storeJoin: 'JOIN catalog_product_website pw ON pw.product_id = p.entity_id JOIN store st ON st.website_id = pw.website_id',
  }, systemProductPlans(ctx));
  await writeUserAttributeValues(ctx);
}
