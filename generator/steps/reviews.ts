import { rnd, run, ts, type SeedContext } from '../session.ts';
import { eltSql, FIRST_NAMES } from './customers.ts';
import { dirtTargets } from '../dirt.ts';

/** Reviews per profile: one for every fifth visible product (standalone simple + configurable), at least 20. */
export function reviewCount(ctx: SeedContext): number {
  return Math.max(20, Math.floor((ctx.profile.simple + ctx.profile.configurable) / 5));
}

/**
 * Reviews of visible products (approved, pending, not approved), written on one store view and shown on it and
 * store 0, by customers or guests; votes on the "Rating" rating (and "Quality" for some), active on every view.
 */
export async function createReviews(ctx: SeedContext): Promise<void> {
  const n = reviewCount(ctx);
  const visible = ctx.layout.configurable.last; // ids 1..last are the standalone simples then the configurables
  const stores = ctx.stores.flat();
  await run(ctx, 'review', `INSERT INTO review (review_id, created_at, entity_id, entity_pk_value, status_id)
    SELECT s.n, ${ts(`50000000 + ${rnd(ctx, 'rcreated', 's.n', 120_000_000)}`)}, 1, 1 + ${rnd(ctx, 'rprod', 's.n', visible)},
      IF(${rnd(ctx, 'rstatus', 's.n', 10)} < 7, 1, IF(${rnd(ctx, 'rstatus', 's.n', 10)} < 9, 2, 3))
    FROM magemig_seq s WHERE s.n <= ${n} ORDER BY s.n`);
  const store = eltSql(stores, rnd(ctx, 'rstore', 'r.review_id', stores.length));
  const customer = `IF(${rnd(ctx, 'rcust', 'r.review_id', 10)} < 6, 1 + ${rnd(ctx, 'rcustid', 'r.review_id', Math.max(1, ctx.profile.customers))}, NULL)`;
  await run(ctx, 'review_detail', `INSERT INTO review_detail (review_id, store_id, title, detail, nickname, customer_id)
    SELECT r.review_id, ${store}, ${eltSql(['Love it', 'Great value', 'Not bad', 'Disappointed', 'Très bien', 'Super Qualität'], rnd(ctx, 'rtitle', 'r.review_id', 6))},
      CONCAT('Review ', r.review_id, ' of product ', r.entity_pk_value, '. ', ${eltSql(['Fits well.', 'Arrived fast.', 'Would buy again.', 'Colour is off.'], rnd(ctx, 'rdetail', 'r.review_id', 4))}),
      ${eltSql(FIRST_NAMES, rnd(ctx, 'rnick', 'r.review_id', FIRST_NAMES.length))}, ${customer}
    FROM review r ORDER BY r.review_id`);
  // Shown on the view it was written on and on store 0 (admin), as Magento saves it.
  await run(ctx, 'review_store', `INSERT INTO review_store (review_id, store_id)
    SELECT d.review_id, IF(k.k = 0, 0, d.store_id) FROM review_detail d JOIN (SELECT 0 AS k UNION ALL SELECT 1) k ORDER BY d.review_id, k.k`);
  await run(ctx, 'rating_store', `INSERT INTO rating_store (rating_id, store_id)
    SELECT r.rating_id, st.store_id FROM rating r JOIN store st WHERE r.rating_code IN ('Rating', 'Quality') ORDER BY 1, 2`);
  await run(ctx, 'rating_title', `INSERT INTO rating_title (rating_id, store_id, value)
    SELECT r.rating_id, st.store_id, CONCAT(r.rating_code, ' [', st.code, ']') FROM rating r JOIN store st ON st.store_id > 0
    WHERE r.rating_code = 'Rating' ORDER BY 1, 2`);
  await ctx.conn.query("UPDATE rating SET is_active = IF(rating_code IN ('Rating', 'Quality'), 1, 0)");
  const value = `1 + ${rnd(ctx, 'vote', ['r.review_id', 'ra.rating_id'], 5)}`;
  await run(ctx, 'rating_option_vote', `INSERT INTO rating_option_vote (option_id, remote_ip, remote_ip_long, customer_id, entity_pk_value, rating_id, review_id, percent, value)
    SELECT STRAIGHT_JOIN o.option_id, CONCAT('10.0.', MOD(r.review_id, 250), '.1'), 167772161 + MOD(r.review_id, 250) * 256, d.customer_id, r.entity_pk_value,
      ra.rating_id, r.review_id, o.value * 20, o.value
    FROM review r JOIN review_detail d ON d.review_id = r.review_id JOIN rating ra ON ra.rating_code IN ('Rating', 'Quality')
    JOIN rating_option o ON o.rating_id = ra.rating_id AND o.value = ${value}
    WHERE ${rnd(ctx, 'voted', 'r.review_id', 10)} < 7 AND (ra.rating_code = 'Rating' OR ${rnd(ctx, 'quality', 'r.review_id', 3)} = 0)
    ORDER BY r.review_id, ra.rating_id`);
}

/**
 * Dirt (generator/dirt.ts): reviews of deleted products (entity_pk_value above every product; Magento deletes a
 * product's reviews with it, these are leftovers) and reviews whose customer was deleted (review_detail.customer_id
 * above every customer, as a store with its foreign keys off keeps them).
 */
export async function createReviewDirt(ctx: SeedContext): Promise<void> {
  const t = dirtTargets(ctx.profile);
  const n = reviewCount(ctx);
  await run(ctx, 'review', `UPDATE review SET entity_pk_value = ${t.firstDeletedProductId} + review_id WHERE review_id > ${n} - ${t.reviewsOfDeletedProducts}`);
  await run(ctx, 'rating_option_vote', `UPDATE rating_option_vote v JOIN review r ON r.review_id = v.review_id SET v.entity_pk_value = r.entity_pk_value WHERE r.review_id > ${n} - ${t.reviewsOfDeletedProducts}`);
  await run(ctx, 'review_detail', `UPDATE review_detail SET customer_id = ${ctx.profile.customers} + 100 + review_id WHERE review_id <= ${t.reviewsOfDeletedCustomers}`);
}

/**
 * review_entity_summary as Magento\Review\Model\ResourceModel\Review::aggregate leaves it after each review save:
 * per reviewed product and store view (store 0 too, when votes are on it), the approved reviews visible there and
 * round(avg(vote percent)) over approved reviews' votes whose rating is on that store.
 */
export async function createReviewSummaries(ctx: SeedContext): Promise<void> {
  // Set-based (one aggregate per figure, joined): the per-row subqueries this replaces scanned
  // rating_option_vote once per product and store, which took over 20 minutes on `large`. Same rows.
  await run(ctx, 'review_entity_summary', `INSERT INTO review_entity_summary (entity_pk_value, entity_type, reviews_count, rating_summary, store_id)
    SELECT p.entity_pk_value, 1, IF(p.store_id = 0, COALESCE(a.n, 0), COALESCE(s.n, 0)), COALESCE(v.pct, 0), p.store_id
    FROM (SELECT DISTINCT r.entity_pk_value, st.store_id FROM review r JOIN store st ON st.store_id > 0
          UNION SELECT DISTINCT v.entity_pk_value, rs.store_id FROM rating_option_vote v JOIN review r ON r.review_id = v.review_id AND r.status_id = 1
            JOIN review_store rs ON rs.review_id = v.review_id JOIN rating_store rst ON rst.rating_id = v.rating_id AND rst.store_id = rs.store_id) p
    LEFT JOIN (SELECT r.entity_pk_value, COUNT(*) AS n FROM review r WHERE r.status_id = 1 GROUP BY r.entity_pk_value) a
      ON a.entity_pk_value = p.entity_pk_value
    LEFT JOIN (SELECT r.entity_pk_value, rs.store_id, COUNT(*) AS n FROM review r JOIN review_store rs ON rs.review_id = r.review_id
          WHERE r.status_id = 1 GROUP BY r.entity_pk_value, rs.store_id) s
      ON s.entity_pk_value = p.entity_pk_value AND s.store_id = p.store_id
    LEFT JOIN (SELECT v.entity_pk_value, rs.store_id, ROUND(SUM(v.percent) / COUNT(*)) AS pct FROM rating_option_vote v
          JOIN review r ON r.review_id = v.review_id AND r.status_id = 1
          JOIN review_store rs ON rs.review_id = v.review_id
          JOIN rating_store rst ON rst.rating_id = v.rating_id AND rst.store_id = rs.store_id
          GROUP BY v.entity_pk_value, rs.store_id) v
      ON v.entity_pk_value = p.entity_pk_value AND v.store_id = p.store_id
    ORDER BY p.entity_pk_value, p.store_id`);
}
