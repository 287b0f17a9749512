/**
 * Reviews onto the review service's rows: the review, its detail (the author's nickname, title and text as
 * written: the snapshot), its store views and its votes. Pure.
 *
 * Deleted products and customers (the README's "Review" section):
 *  - a review of a product that no longer exists is rejected (PRODUCT_DELETED) with its votes: Magento deletes
 *    a product's reviews with the product (Review\Observer\ProcessProductAfterDeleteEventObserver), so such a
 *    row is a leftover no storefront shows;
 *  - a review whose customer no longer exists is kept as a guest review with its nickname, as Magento's own
 *    foreign key (ON DELETE SET NULL) leaves it; the lost link is a value-level CUSTOMER_DELETED reject.
 * Other rejects: NO_DETAIL (a review without review_detail), NOT_A_PRODUCT_REVIEW, NUL_BYTE; value-level
 * ZERO_DATE and INVALID_UTF8.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { reviewContract as c } from '../../services/review/index.ts';
import type { SourceProductSku, SourceReview, SourceReviewDetail, SourceReviewStore, SourceVote } from '../../sql/source/review/index.ts';
import { dateValue, invalidUtf8Rejects, nulColumn } from '../values.ts';

export interface ReviewChildren {
  details: SourceReviewDetail[];
  stores: SourceReviewStore[];
  votes: SourceVote[];
  products: SourceProductSku[];
  /** Customers of the page's details that exist. */
  customers?: Array<{ entity_id: number }>;
}

function group<T>(rows: readonly T[], key: (r: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push(r);
  }
  return m;
}

const TEXT = ['title', 'detail', 'nickname'];

export function mapReviews(rows: readonly SourceReview[], ch: ReviewChildren): Mapped {
  const details = group(ch.details, (d) => Number(d.review_id));
  const stores = group(ch.stores, (s) => Number(s.review_id));
  const votes = group(ch.votes, (v) => Number(v.review_id));
  const skus = new Map(ch.products.map((p) => [Number(p.entity_id), p.sku]));
  const customers = new Set((ch.customers ?? []).map((x) => Number(x.entity_id)));
  const out = { review: [] as unknown[][], store: [] as unknown[][], vote: [] as unknown[][] };
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const count = (k: string, n = 1): void => void (stats[k] = (stats[k] ?? 0) + n);
  for (const r of rows) {
    const key = `review_id=${r.review_id}`;
    const productId = Number(r.entity_pk_value);
    const own = votes.get(Number(r.review_id)) ?? [];
    const reject = (reason: string, detail?: string): void => {
      rejects.push({ sourceKey: key, reason, ...(detail ? { detail } : {}) });
      if (own.length) count('reviews.votes_dropped_with_review', own.length);
    };
    if (r.entity_code !== 'product') { reject('NOT_A_PRODUCT_REVIEW', `entity ${r.entity_code ?? r.entity_id}`); continue; }
    if (!skus.has(productId)) { reject('PRODUCT_DELETED', `product ${productId} does not exist`); continue; }
    const ds = details.get(Number(r.review_id)) ?? [];
    const d = ds[0];
    if (!d) { reject('NO_DETAIL'); continue; }
    if (ds.length > 1) count('reviews.extra_details_ignored', ds.length - 1);
    const nul = nulColumn(d as unknown as Record<string, unknown>, TEXT);
    if (nul) { reject('NUL_BYTE', `review_detail.${nul}`); continue; }
    invalidUtf8Rejects(d as unknown as Record<string, unknown>, TEXT, key, rejects);
    let customer = d.customer_id === null ? null : Number(d.customer_id);
    if (customer !== null && !customers.has(customer)) {
      rejects.push({ sourceKey: `${key},column=customer_id`, reason: 'CUSTOMER_DELETED', detail: `customer ${customer} does not exist: kept as a guest review` });
      customer = null;
    }
    const id = entityUuid('review', r.review_id);
    out.review.push([
      id, Number(r.review_id), dateValue('timestamp', r.created_at, key, 'created_at', rejects), r.entity_code, entityUuid('product', productId), productId,
      skus.get(productId), Number(r.status_id), r.status_code, d.store_id === null ? null : Number(d.store_id), d.title, d.detail, d.nickname,
      customer === null ? null : entityUuid('customer', customer), customer,
    ]);
    for (const s of stores.get(Number(r.review_id)) ?? []) out.store.push([id, Number(s.store_id)]);
    for (const v of own) {
      out.vote.push([
        entityUuid('rating_vote', v.vote_id), Number(v.vote_id), id, entityUuid('rating', v.rating_id), Number(v.rating_id), entityUuid('rating_option', v.option_id),
        Number(v.option_id), Number(v.entity_pk_value), v.customer_id === null || Number(v.customer_id) === 0 ? null : Number(v.customer_id), Number(v.value), Number(v.percent),
      ]);
    }
  }
  return {
    loadedRows: out.review.length,
    tables: {
      [c.review.table]: { columns: c.review.columns, rows: out.review },
      [c.review_store.table]: { columns: c.review_store.columns, rows: out.store },
      [c.rating_vote.table]: { columns: c.rating_vote.columns, rows: out.vote },
    },
    rejects,
    stats,
    ids: out.review.map((r) => ['review', r[1] as number, r[0] as string]),
  };
}
