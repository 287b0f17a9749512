/**
 * The dirt real Magento databases hold, added on purpose, deterministic per profile and counted exactly.
 *
 * Where each kind lives (Commerce: always on the current row version of a product; other versions stay clean):
 *  - zeroDates: catalog_product_entity_datetime rows of `news_to_date` on store 0 with value '0000-00-00 00:00:00'
 *    (one per target product), plus customer_entity.dob = '0000-00-00' on some customers.
 *  - nulBytes: the store-0 `name` row (catalog_product_entity_varchar) and the store-0 `description` row
 *    (catalog_product_entity_text) of some products contain CHAR(0) in the middle of the text.
 *  - orphanAttributeValues: store-0 rows whose attribute was deleted: attribute_id 185 in catalog_product_entity_int
 *    and 186 in catalog_product_entity_varchar (neither exists in eav_attribute).
 *  - orphanStoreValues: `name` rows (catalog_product_entity_varchar) on a deleted store view (store_id = views + 1).
 *  - globalStoreValues: `weight` rows (catalog_product_entity_decimal, a global attribute) on store view 1.
 *  - productsWithoutSku: catalog_product_entity.sku IS NULL.
 *  - duplicateSkuProducts: products whose sku was set to the sku of the product before them (entity_id - 1); counted
 *    as rows beyond the first of each duplicated sku.
 *  - orphanOrderItems: the first item of some orders points at a product_id that is not in catalog_product_entity
 *    (a deleted product: ids above the last generated product).
 *  - zeroDates also counts `special_to_date` rows '0000-00-00 00:00:00' (store 0) of the zeroSpecialDateProducts.
 * Pricing and warehouse dirt (expectedPriceStockDirt; inspect does not look for these):
 *  - tierPricesOfDeletedGroups: catalog_product_entity_tier_price rows of customer group 99 (no such group).
 *  - sourceItemsOfUnknownSkus: inventory_source_item rows ('default' source) of SKUs no product has ('GONE-n').
 *  - negativeQtyNoBackorders: cataloginventory_stock_item rows with qty -3 and backorders off (use_config_backorders
 *    1, the configuration's 0), and the same product's 'default' source item at -3: two rows per target product.
 * Every target is a standalone simple product chosen by a residue class of its entity_id, so kinds never overlap
 * (the product before a duplicate-sku target is never itself a target). Definitions used by counters:
 * zeroDates = datetime rows + customer rows with a zero date; nulBytes = varchar/text rows containing CHAR(0);
 * orphan/global counts are over the five catalog_product_entity_* value tables.
 */
import { productLayout, PROFILES, type Edition, type Profile, type ProfileName } from './profiles.ts';
import { currentRow, run, type SeedContext } from './session.ts';
import { applySalesDirt, type SalesDirtTargets } from './steps/sales-dirt.ts';

export type { SalesDirtTargets } from './steps/sales-dirt.ts';

export interface DirtCounts {
  zeroDates: number;
  nulBytes: number;
  orphanAttributeValues: number;
  orphanStoreValues: number;
  globalStoreValues: number;
  productsWithoutSku: number;
  duplicateSkuProducts: number;
  orphanOrderItems: number;
}

export const DELETED_ATTRIBUTE_IDS = { int: 185, varchar: 186 } as const;

/** Residue classes (entity_id mod 10 = residue + 1) of the simple products each kind touches. */
const RESIDUE = { zeroDate: 0, nulVarchar: 1, nulText: 2, orphanAttribute: 3, orphanStore: 4, globalStore: 5, priceStock: 6, duplicate: 7, noSku: 8, zeroSpecial: 9 } as const;

export interface DirtTargets {
  zeroDateProducts: number[];
  zeroDobCustomers: number[];
  nulVarcharProducts: number[];
  nulTextProducts: number[];
  orphanAttributeProducts: number[];
  orphanStoreProducts: number[];
  globalStoreProducts: number[];
  duplicateSkuProducts: number[];
  noSkuProducts: number[];
  orphanItemOrders: number[];
  zeroSpecialDateProducts: number[];
  /** Products whose stock goes negative with backorders off, and that get a tier price of a deleted group. */
  priceStockProducts: number[];
  unknownSourceSkus: number;
  deletedStoreId: number;
  firstDeletedProductId: number;
  /** Flat-table dirt (content, review, promotion): counts of planted rows, see expectedFlatDirt. */
  redirectLoopPairs: number;
  selfRedirects: number;
  danglingRewrites: number;
  conflictingRewriteCategories: number;
  reviewsOfDeletedProducts: number;
  reviewsOfDeletedCustomers: number;
  duplicateRuleCustomers: number;
}

/** `count` ids in 1..n with id mod 10 = residue + 1, spread over the range. */
function spread(n: number, count: number, residue: number): number[] {
  const slots = Math.floor((n - residue - 1) / 10) + 1;
  const c = Math.min(count, slots);
  const stride = Math.max(1, Math.floor(slots / c));
  return Array.from({ length: c }, (_, i) => residue + 1 + i * stride * 10);
}

export function dirtTargets(p: Profile): DirtTargets {
  const n = p.simple;
  const few = (div: number, min = 2) => Math.max(min, Math.floor(n / div));
  const customers = Math.max(2, Math.floor(p.customers / 50));
  const orders = Math.max(2, Math.floor(p.orders / 200));
  return {
    zeroDateProducts: spread(n, few(500), RESIDUE.zeroDate),
    zeroDobCustomers: Array.from({ length: Math.min(customers, p.customers) }, (_, i) => 1 + i * Math.floor(p.customers / customers)),
    nulVarcharProducts: spread(n, few(1000), RESIDUE.nulVarchar),
    nulTextProducts: spread(n, few(1000, 1), RESIDUE.nulText),
    orphanAttributeProducts: spread(n, few(500), RESIDUE.orphanAttribute),
    orphanStoreProducts: spread(n, few(500), RESIDUE.orphanStore),
    globalStoreProducts: spread(n, few(500), RESIDUE.globalStore),
    duplicateSkuProducts: spread(n, few(2000), RESIDUE.duplicate),
    noSkuProducts: spread(n, few(2000, 1), RESIDUE.noSku),
    orphanItemOrders: Array.from({ length: Math.min(orders, p.orders) }, (_, i) => 1 + i * Math.floor(p.orders / orders)),
    zeroSpecialDateProducts: spread(n, few(1000), RESIDUE.zeroSpecial),
    priceStockProducts: spread(n, few(1000), RESIDUE.priceStock),
    unknownSourceSkus: Math.min(32, Math.max(2, Math.floor(n / 2000))),
    deletedStoreId: p.storeViews + 1,
    firstDeletedProductId: productLayout(p).total + 1001,
    redirectLoopPairs: Math.max(2, Math.floor(n / 20000)),
    selfRedirects: Math.max(1, Math.floor(n / 50000)),
    danglingRewrites: Math.max(2, Math.floor(n / 10000)),
    conflictingRewriteCategories: Math.max(1, Math.floor(n / 20000)),
    reviewsOfDeletedProducts: Math.max(2, Math.floor(n / 5000)),
    reviewsOfDeletedCustomers: Math.max(2, Math.floor(n / 5000)),
    duplicateRuleCustomers: Math.min(p.customers, Math.max(2, Math.floor(p.customers / 500))),
  };
}

/** The anomaly counts a generated database of this profile holds (the same in both editions). */
export function expectedDirt(profile: ProfileName | Profile, _edition: Edition = 'opensource'): DirtCounts {
  const p = typeof profile === 'string' ? PROFILES[profile] : profile;
  const t = dirtTargets(p);
  return {
    zeroDates: t.zeroDateProducts.length + t.zeroDobCustomers.length + t.zeroSpecialDateProducts.length,
    nulBytes: t.nulVarcharProducts.length + t.nulTextProducts.length,
    // Half of the targets on the deleted int attribute, the other half on the deleted varchar one: one row each.
    orphanAttributeValues: t.orphanAttributeProducts.length,
    orphanStoreValues: t.orphanStoreProducts.length,
    globalStoreValues: t.globalStoreProducts.length,
    productsWithoutSku: t.noSkuProducts.length,
    duplicateSkuProducts: t.duplicateSkuProducts.length,
    orphanOrderItems: t.orphanItemOrders.length,
  };
}

/**
 * The dirt of the flat-table contexts, kept apart from DirtCounts (which `inspect` reports kind by kind):
 *  - redirectLoops: url_rewrite custom 301s in loops (pairs 'loop-a-N' <-> 'loop-b-N', self-targets 'self-N.html');
 *  - danglingRewrites: product rewrites of deleted products ('deleted-product-N.html', entity_id above every product);
 *  - conflictingRewriteCategories: category-scoped product rows ('conflict-...') whose metadata category_id is not the
 *    category of their target path;
 *  - reviewsOfDeletedProducts: reviews whose entity_pk_value is above every product;
 *  - reviewsOfDeletedCustomers: review_detail.customer_id above every customer;
 *  - unevaluableRules: cart rules with a third-party condition class;
 *  - duplicateRuleCustomerRows: salesrule_customer rows repeating a (rule_id, customer_id) pair (rule 4).
 */
export interface FlatDirtCounts {
  redirectLoops: number;
  danglingRewrites: number;
  conflictingRewriteCategories: number;
  reviewsOfDeletedProducts: number;
  reviewsOfDeletedCustomers: number;
  unevaluableRules: number;
  duplicateRuleCustomerRows: number;
}

export function expectedFlatDirt(profile: ProfileName | Profile): FlatDirtCounts {
  const p = typeof profile === 'string' ? PROFILES[profile] : profile;
  const t = dirtTargets(p);
  return {
    redirectLoops: 2 * t.redirectLoopPairs + t.selfRedirects,
    danglingRewrites: t.danglingRewrites,
    conflictingRewriteCategories: t.conflictingRewriteCategories,
    reviewsOfDeletedProducts: t.reviewsOfDeletedProducts,
    reviewsOfDeletedCustomers: t.reviewsOfDeletedCustomers,
    unevaluableRules: 1,
    duplicateRuleCustomerRows: t.duplicateRuleCustomers,
  };
}

export interface PriceStockDirtCounts {
  tierPricesOfDeletedGroups: number;
  sourceItemsOfUnknownSkus: number;
  negativeQtyNoBackorders: number;
  /** Part of zeroDates: the special_to_date rows among them. */
  zeroSpecialPriceDates: number;
}

/** The pricing and warehouse anomalies a generated database of this profile holds. */
export function expectedPriceStockDirt(profile: ProfileName | Profile): PriceStockDirtCounts {
  const t = dirtTargets(typeof profile === 'string' ? PROFILES[profile] : profile);
  return {
    tierPricesOfDeletedGroups: t.priceStockProducts.length,
    sourceItemsOfUnknownSkus: t.unknownSourceSkus,
    negativeQtyNoBackorders: 2 * t.priceStockProducts.length,
    zeroSpecialPriceDates: t.zeroSpecialDateProducts.length,
  };
}

/** A customer group id no store has. */
export const DELETED_CUSTOMER_GROUP = 99;

const list = (ids: number[]) => ids.join(', ');

/**
 * The order context's dirt (generator/steps/sales-dirt.ts plants it), counted apart from DirtCounts, which
 * `inspect` reports kind by kind:
 *  - zeroDateOrders: sales_order.created_at = '0000-00-00 00:00:00' (orders whose entity_id mod 10 = 3);
 *  - nulByteAddresses: CHAR(0) inside the billing street of orders whose entity_id mod 10 = 7;
 *  - deletedStoreOrders: orders of a deleted store view (store_id NULL on the order and its documents, as
 *    Magento's ON DELETE SET NULL leaves them), the first ones of store view 2 (1 with a single view) whose
 *    entity_id mod 10 is not 3 or 7;
 *  - duplicateIncrementIds: the second of those orders takes the first one's increment id (two orders with
 *    one number in one (deleted) store);
 *  - danglingDocuments: the last invoice and the last shipment point at an order that does not exist.
 */
export interface SalesDirtCounts {
  zeroDateOrders: number;
  nulByteAddresses: number;
  deletedStoreOrders: number;
  duplicateIncrementIds: number;
  danglingDocuments: number;
}

export function salesDirtTargets(p: Profile): SalesDirtTargets {
  const few = Math.max(1, Math.floor(p.orders / 500));
  const pick = (residue: number) => Array.from({ length: Math.min(few, Math.floor((p.orders - residue) / 10) + 1) }, (_, i) => residue + i * 10 * Math.max(1, Math.floor(p.orders / (10 * few))));
  return {
    zeroDateOrders: p.orders >= 3 ? pick(3) : [],
    nulByteOrders: p.orders >= 7 ? pick(7) : [],
    deletedStoreOrders: p.orders >= 20 ? Math.max(2, Math.floor(p.orders / 250)) : 0,
    deletedStoreOf: p.storeViews >= 2 ? 2 : 1,
    missingOrderId: p.orders + 50_000,
  };
}

export function expectedSalesDirt(profile: ProfileName | Profile): SalesDirtCounts {
  const p = typeof profile === 'string' ? PROFILES[profile] : profile;
  const t = salesDirtTargets(p);
  return {
    zeroDateOrders: t.zeroDateOrders.length,
    nulByteAddresses: t.nulByteOrders.length,
    deletedStoreOrders: t.deletedStoreOrders,
    duplicateIncrementIds: t.deletedStoreOrders >= 2 ? 1 : 0,
    danglingDocuments: p.orders >= 20 ? 2 : 0,
  };
}

/** Applies the dirt to a clean generated store. Runs last (after sales), with FOREIGN_KEY_CHECKS=0. */
export async function applyDirt(ctx: SeedContext): Promise<void> {
  const t = dirtTargets(ctx.profile);
  const k = ctx.key;
  const cur = currentRow(ctx, 'p');
  const attr = (code: string) => `(SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = '${code}')`;
  const targets = (ids: number[]) => `FROM catalog_product_entity p WHERE p.entity_id IN (${list(ids)}) AND ${cur} ORDER BY p.entity_id`;

  await run(ctx, 'dirt: zero dates (catalog_product_entity_datetime)', `INSERT INTO catalog_product_entity_datetime (attribute_id, store_id, ${k}, value)
    SELECT ${attr('news_to_date')}, 0, p.${k}, '0000-00-00 00:00:00' ${targets(t.zeroDateProducts)}`);
  await run(ctx, 'dirt: zero dates (customer_entity.dob)', `UPDATE customer_entity SET dob = '0000-00-00', updated_at = updated_at
    WHERE entity_id IN (${list(t.zeroDobCustomers)})`);
  for (const [table, code, ids] of [['varchar', 'name', t.nulVarcharProducts], ['text', 'description', t.nulTextProducts]] as const) {
    await run(ctx, `dirt: NUL bytes (catalog_product_entity_${table})`, `UPDATE catalog_product_entity_${table} v
      JOIN catalog_product_entity p ON p.${k} = v.${k} AND ${cur}
      SET v.value = CONCAT(LEFT(v.value, 6), CHAR(0), SUBSTRING(v.value, 7))
      WHERE v.attribute_id = ${attr(code)} AND v.store_id = 0 AND p.entity_id IN (${list(ids)})`);
  }
  const half = Math.ceil(t.orphanAttributeProducts.length / 2);
  await run(ctx, 'dirt: orphan attribute values', `INSERT INTO catalog_product_entity_int (attribute_id, store_id, ${k}, value)
    SELECT ${DELETED_ATTRIBUTE_IDS.int}, 0, p.${k}, 1 ${targets(t.orphanAttributeProducts.slice(0, half))}`);
  if (t.orphanAttributeProducts.length > half) {
    await run(ctx, 'dirt: orphan attribute values', `INSERT INTO catalog_product_entity_varchar (attribute_id, store_id, ${k}, value)
      SELECT ${DELETED_ATTRIBUTE_IDS.varchar}, 0, p.${k}, 'legacy value' ${targets(t.orphanAttributeProducts.slice(half))}`);
  }
  await run(ctx, 'dirt: orphan store values', `INSERT INTO catalog_product_entity_varchar (attribute_id, store_id, ${k}, value)
    SELECT ${attr('name')}, ${t.deletedStoreId}, p.${k}, CONCAT('Name on deleted store ', p.entity_id) ${targets(t.orphanStoreProducts)}`);
  await run(ctx, 'dirt: store rows on a global attribute', `INSERT INTO catalog_product_entity_decimal (attribute_id, store_id, ${k}, value)
    SELECT ${attr('weight')}, 1, p.${k}, 9.99 ${targets(t.globalStoreProducts)}`);
  await run(ctx, 'dirt: products without sku', `UPDATE catalog_product_entity p SET p.sku = NULL, p.updated_at = p.updated_at
    WHERE p.entity_id IN (${list(t.noSkuProducts)}) AND ${cur}`);
  await run(ctx, 'dirt: duplicate skus', `UPDATE catalog_product_entity p
    JOIN catalog_product_entity src ON src.entity_id = p.entity_id - 1 AND ${currentRow(ctx, 'src')}
    SET p.sku = src.sku, p.updated_at = p.updated_at
    WHERE p.entity_id IN (${list(t.duplicateSkuProducts)}) AND ${cur}`);
  await run(ctx, 'dirt: zero dates (special_to_date)', `INSERT INTO catalog_product_entity_datetime (attribute_id, store_id, ${k}, value)
    SELECT ${attr('special_to_date')}, 0, p.${k}, '0000-00-00 00:00:00' ${targets(t.zeroSpecialDateProducts)}
    ON DUPLICATE KEY UPDATE value = '0000-00-00 00:00:00'`);
  await run(ctx, 'dirt: tier prices of a deleted customer group', `INSERT INTO catalog_product_entity_tier_price (${k}, all_groups, customer_group_id, qty, value, website_id)
    SELECT p.${k}, 0, ${DELETED_CUSTOMER_GROUP}, 1, 1.00, 0 ${targets(t.priceStockProducts)}`);
  await run(ctx, 'dirt: negative stock with backorders off', `UPDATE cataloginventory_stock_item
    SET qty = -3, is_in_stock = 0, backorders = 0, use_config_backorders = 1 WHERE product_id IN (${list(t.priceStockProducts)})`);
  await run(ctx, 'dirt: negative stock with backorders off', `UPDATE cataloginventory_stock_status
    SET qty = 0, stock_status = 0 WHERE product_id IN (${list(t.priceStockProducts)})`);
  await run(ctx, 'dirt: negative stock with backorders off', `UPDATE inventory_source_item si
    JOIN catalog_product_entity p ON p.sku = si.sku AND ${cur} SET si.quantity = -3, si.status = 0
    WHERE si.source_code = 'default' AND p.entity_id IN (${list(t.priceStockProducts)})`);
  await run(ctx, 'dirt: source items of unknown SKUs', `INSERT INTO inventory_source_item (source_code, sku, quantity, status)
    SELECT 'default', CONCAT('GONE-', s.n), 5, 1 FROM magemig_small s WHERE s.n <= ${t.unknownSourceSkus} ORDER BY s.n`);
  await run(ctx, 'dirt: order items of deleted products', `UPDATE sales_order_item i
    SET i.product_id = ${t.firstDeletedProductId} + i.order_id, i.updated_at = i.updated_at
    WHERE i.order_id IN (${list(t.orphanItemOrders)}) AND i.quote_item_id = i.order_id * 10 + 1`);
  if (ctx.profile.orders > 0) await applySalesDirt(ctx, salesDirtTargets(ctx.profile));
}
