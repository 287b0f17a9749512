/**
 * The review context's verification: ratings (code, and their title in each store view), reviews (how many
 * per status with their votes, every review id, on a sample the detail, the store views it shows in and each
 * vote), store views.
 */
import * as q from '../../sql/verify/review/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const stores = tableVerifier({
  entity: 'stores',
  sourceKeys: q.storesKeys,
  targetKeys: q.targetStoresKeys,
  keySets: [{ name: 'store code', key: (r) => str(r.code) }],
  label: (r) => `store=${str(r.code)}`,
});

const ratings = tableVerifier({
  entity: 'ratings',
  sourceKeys: q.ratingsKeys,
  targetKeys: q.targetRatingsKeys,
  keySets: [{ name: 'rating code', key: (r) => str(r.code) }],
  label: (r) => `rating=${str(r.code)}`,
  fields: [{ source: q.ratingFields, target: q.targetRatingFields }],
  sampleFrom: 'rating',
});

const reviews = tableVerifier({
  entity: 'reviews',
  sourceKeys: q.reviewsKeys,
  targetKeys: q.targetReviewsKeys,
  keySets: [{ name: 'review id', key: (r) => str(r.id) }],
  label: (r) => `review_id=${str(r.id)}`,
  measures: [{ source: q.reviewsPerStatus, target: q.targetReviewsPerStatus }],
  fields: [{ source: q.reviewFields, target: q.targetReviewFields }, { source: q.reviewStoreFields, target: q.targetReviewStoreFields }],
  sampleFrom: 'review',
});

export const reviewVerify: ContextVerify = { entities: [stores, ratings, reviews] };
