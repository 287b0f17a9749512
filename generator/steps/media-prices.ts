import { rnd, run, type SeedContext } from '../session.ts';
import { hasMediaSql } from './product-values.ts';

export async function createMediaAndPrices(ctx: SeedContext): Promise<void> {
  await mediaGallery(ctx);
  await tierPrices(ctx);
}

/**
 * Media gallery: 1-3 images per product with media (the first one is the product's image/small_image/thumbnail),
 * some third entries are YouTube videos; per-store labels, positions and "hidden on this store view" flags.
 */
async function mediaGallery(ctx: SeedContext): Promise<void> {
  const k = ctx.key;
  await ctx.conn.query('CREATE TABLE magemig_image (value_id INT UNSIGNED PRIMARY KEY, entity_id INT UNSIGNED NOT NULL, n TINYINT UNSIGNED NOT NULL, KEY (entity_id)) ENGINE=InnoDB');
  await run(ctx, 'magemig_image', `INSERT INTO magemig_image (value_id, entity_id, n)
    SELECT ROW_NUMBER() OVER (ORDER BY m.entity_id, s.n), m.entity_id, s.n
    FROM magemig_product m JOIN magemig_small s ON s.n <= 1 + ${rnd(ctx, 'images', 'm.entity_id', 3)}
    WHERE ${hasMediaSql(ctx, 'm.entity_id')}`);
  const video = `(i.n = 3 AND ${rnd(ctx, 'video', 'i.entity_id', 4)} = 0)`;
  const path = "CONCAT('/', LOWER(SUBSTR(m.sku, 1, 1)), '/', LOWER(SUBSTR(m.sku, 2, 1)), '/', LOWER(m.sku), '-', i.n, '.jpg')";
  await run(ctx, 'catalog_product_entity_media_gallery', `INSERT INTO catalog_product_entity_media_gallery (value_id, attribute_id, value, media_type, disabled)
    SELECT i.value_id, (SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = 'media_gallery'),
      ${path}, IF(${video}, 'external-video', 'image'), 0
    FROM magemig_image i JOIN magemig_product m ON m.entity_id = i.entity_id ORDER BY i.value_id`);
  await run(ctx, 'catalog_product_entity_media_gallery_value_video', `INSERT INTO catalog_product_entity_media_gallery_value_video
    (value_id, store_id, provider, url, title, description, metadata)
    SELECT i.value_id, 0, 'youtube', CONCAT('https://www.youtube.com/watch?v=vid', i.entity_id), CONCAT('Video of product ', i.entity_id),
      'Product video', NULL FROM magemig_image i WHERE ${video} ORDER BY i.value_id`);
  const rows = 'FROM magemig_image i JOIN catalog_product_entity p ON p.entity_id = i.entity_id';
  await run(ctx, 'catalog_product_entity_media_gallery_value_to_entity', `INSERT INTO catalog_product_entity_media_gallery_value_to_entity (value_id, ${k})
    SELECT STRAIGHT_JOIN i.value_id, p.${k} ${rows} ORDER BY i.value_id, p.${k}`);
  await run(ctx, 'catalog_product_entity_media_gallery_value', `INSERT INTO catalog_product_entity_media_gallery_value (value_id, store_id, ${k}, label, position, disabled)
    SELECT STRAIGHT_JOIN i.value_id, 0, p.${k}, IF(i.n = 1, NULL, CONCAT('View ', i.n)), i.n, 0 ${rows} ORDER BY i.value_id, p.${k}`);
  const draw = rnd(ctx, 'imgstore', ['i.value_id', 'st.store_id'], 100);
  await run(ctx, 'catalog_product_entity_media_gallery_value', `INSERT INTO catalog_product_entity_media_gallery_value (value_id, store_id, ${k}, label, position, disabled)
    SELECT STRAIGHT_JOIN i.value_id, st.store_id, p.${k}, CONCAT('View ', i.n, ' [', st.code, ']'), 10 - i.n, IF(${draw} < 5, 1, 0)
    ${rows} JOIN store st ON st.store_id > 0 WHERE ${draw} < 20 ORDER BY i.value_id, p.${k}, st.store_id`);
}

/**
 * Tier prices (all groups, qty 5 and 10), customer-group prices (Wholesale, qty 1), website-specific percentage
 * discounts (General, website 1). Stored per row version in Commerce.
 */
async function tierPrices(ctx: SeedContext): Promise<void> {
  const k = ctx.key;
  const r = rnd(ctx, 'tier', 'p.entity_id', 1000);
  const kinds = [
    // [all_groups, customer_group_id, qty, website_id, value, percentage_value, condition]
    [1, 0, 5, 0, 'ROUND(m.price * 0.95, 2)', 'NULL', `${r} < 100`],
    [1, 0, 10, 0, 'ROUND(m.price * 0.9, 2)', 'NULL', `${r} < 60`],
    [0, 2, 1, 0, 'ROUND(m.price * 0.85, 2)', 'NULL', `${r} >= 100 AND ${r} < 150`],
    [0, 1, 1, 1, '0', '10.00', `${r} >= 150 AND ${r} < 180`],
  ] as const;
  for (const [all, group, qty, website, value, pct, cond] of kinds) {
    await run(ctx, 'catalog_product_entity_tier_price', `INSERT INTO catalog_product_entity_tier_price
      (${k}, all_groups, customer_group_id, qty, value, website_id, percentage_value)
      SELECT STRAIGHT_JOIN p.${k}, ${all}, ${group}, ${qty}, ${value}, ${website}, ${pct}
      FROM catalog_product_entity p JOIN magemig_product m ON m.entity_id = p.entity_id
      WHERE m.price IS NOT NULL AND p.type_id IN ('simple', 'virtual') AND ${cond} ORDER BY p.${k}`);
  }
}
