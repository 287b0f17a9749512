/**
 * Reads of the review service's database: a product's reviews visible on a store view (keyset pages), and
 * its summary computed as Magento computes review_entity_summary.
 */
import type { Queryable } from '../kit/index.ts';

export interface StoreRef { magentoId: number; code: string }

export async function findStore(db: Queryable, code: string): Promise<StoreRef | null> {
  const { rows } = await db.query('SELECT magento_id, code FROM store WHERE code = $1', [code]);
  return rows[0] ? { magentoId: rows[0].magento_id, code: rows[0].code } : null;
}

/** The product a SKU names, as the migrated reviews know it (null: no review of that SKU). */
export async function findReviewedProduct(db: Queryable, sku: string): Promise<{ id: string; magentoId: number } | null> {
  const { rows } = await db.query('SELECT product_id, product_magento_id FROM review WHERE product_sku = $1 LIMIT 1', [sku]);
  return rows[0] ? { id: rows[0].product_id, magentoId: rows[0].product_magento_id } : null;
}

/**
 * Magento\Review\Model\ResourceModel\Review::aggregate, for one product and store:
 *  - rating_summary: round(SUM(vote.percent) / COUNT(votes)) over the votes of Approved reviews visible on the
 *    store whose rating is assigned to that store (Rating::_getEntitySummaryData; PHP round: half away from
 *    zero, as Postgres rounds numeric), 0 without votes;
 *  - reviews_count: approved reviews (status 1) of the product on that store (Review::getTotalReviews), all
 *    stores' for store 0.
 * rating.is_active is not looked at, as Magento does not.
 */
export async function reviewSummary(db: Queryable, productMagentoId: number, store: StoreRef): Promise<{ reviews_count: number; rating_summary: number }> {
  const { rows } = await db.query(
    `SELECT
       (SELECT count(*)::int FROM review r
         WHERE r.product_magento_id = $1 AND r.status_magento_id = 1
           AND ($2 = 0 OR EXISTS (SELECT 1 FROM review_store rs WHERE rs.review_id = r.id AND rs.store_magento_id = $2))) AS reviews_count,
       (SELECT coalesce(round(sum(v.percent)::numeric / count(*)), 0)::int FROM rating_vote v
          JOIN review r ON r.id = v.review_id AND r.status_code = 'Approved'
          JOIN review_store rs ON rs.review_id = v.review_id AND rs.store_magento_id = $2
          JOIN rating_store rst ON rst.rating_id = v.rating_id AND rst.store_magento_id = rs.store_magento_id
         WHERE v.product_magento_id = $1) AS rating_summary`,
    [productMagentoId, store.magentoId],
  );
  return { reviews_count: rows[0].reviews_count, rating_summary: Math.max(0, rows[0].rating_summary) };
}

export const STATUS_CODES: Record<string, string | null> = { approved: 'Approved', pending: 'Pending', not_approved: 'Not Approved', all: null };

export interface ReviewPage {
  reviews: unknown[];
  next_cursor: string | null;
}

/** base64url of [created_at, magento_id]: the position after which the next page starts. */
export function encodeCursor(createdAt: string | null, magentoId: number): string {
  return Buffer.from(JSON.stringify([createdAt, magentoId])).toString('base64url');
}

export function decodeCursor(cursor: string): [string | null, number] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && (v[0] === null || typeof v[0] === 'string') && Number.isSafeInteger(v[1])) return [v[0] as string | null, v[1] as number];
  } catch {
    // falls through
  }
  return null;
}

/**
 * A product's reviews visible on a store view, newest first (Magento's setDateOrder: created_at DESC,
 * review_id DESC), in keyset pages; each with its votes and the rating titles of that store view.
 */
export async function listReviews(db: Queryable, sku: string, store: StoreRef, status: string | null, after: [string | null, number] | null, limit: number): Promise<ReviewPage> {
  const { rows } = await db.query(
    `SELECT r.id, r.magento_id, r.created_at, r.title, r.detail, r.nickname, r.status_code, r.customer_id, r.customer_magento_id,
            r.product_id, r.product_magento_id, r.product_sku
       FROM review r
      WHERE r.product_sku = $1 AND ($2::text IS NULL OR r.status_code = $2)
        AND EXISTS (SELECT 1 FROM review_store rs WHERE rs.review_id = r.id AND rs.store_magento_id = $3)
        AND ($4::boolean IS NOT TRUE OR (coalesce(r.created_at, '-infinity'), r.magento_id) < (coalesce($5::timestamptz, '-infinity'), $6::bigint))
      ORDER BY coalesce(r.created_at, '-infinity') DESC, r.magento_id DESC
      LIMIT $7`,
    [sku, status, store.magentoId, after !== null, after?.[0] ?? null, after?.[1] ?? 0, limit + 1],
  );
  const page = rows.slice(0, limit);
  const votes = page.length
    ? (await db.query(
        `SELECT v.review_id, ra.code, coalesce(t.title, ra.code) AS title, v.value, v.percent, ra.magento_id AS rating_magento_id
           FROM rating_vote v JOIN rating ra ON ra.id = v.rating_id
           LEFT JOIN rating_title t ON t.rating_id = ra.id AND t.store_magento_id = $2
          WHERE v.review_id = ANY($1::uuid[]) ORDER BY ra.position, ra.magento_id`,
        [page.map((r) => r.id), store.magentoId],
      )).rows
    : [];
  const byReview = new Map<string, unknown[]>();
  for (const v of votes) {
    const list = byReview.get(v.review_id) ?? [];
    list.push({ rating: v.code, title: v.title, rating_magento_id: v.rating_magento_id, value: v.value, percent: v.percent });
    byReview.set(v.review_id, list);
  }
  const last = page[page.length - 1];
  return {
    reviews: page.map((r) => ({
      id: r.id, magento_id: Number(r.magento_id), created_at: r.created_at ? new Date(r.created_at).toISOString() : null, title: r.title, detail: r.detail,
      nickname: r.nickname, status: r.status_code, customer: r.customer_id ? { id: r.customer_id, magento_id: r.customer_magento_id } : null,
      product: { id: r.product_id, magento_id: r.product_magento_id, sku: r.product_sku }, ratings: byReview.get(r.id) ?? [],
    })),
    next_cursor: rows.length > limit && last ? encodeCursor(last.created_at ? new Date(last.created_at).toISOString() : null, Number(last.magento_id)) : null,
  };
}
