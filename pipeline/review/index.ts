/**
 * The review context's migration: store views, ratings (options, titles, store views), reviews (detail,
 * store views, votes; the reviewed product's SKU and the author's existence read per page), into the review
 * service (services/review).
 */
import { catalogParams, catalogVars } from '../../extractors/catalog/sql-vars.ts';
import { readRows } from '../../extractors/query.ts';
import { reviewContract as c, reviewService } from '../../services/review/index.ts';
import {
  ratingCount, ratingOptions, ratings, ratingStores, ratingTitles, reviewCount, reviewCustomers, reviewDetails, reviewProducts, reviews, reviewStores,
  reviewVotes, storeCount, stores, type SourceRating, type SourceReview,
} from '../../sql/source/review/index.ts';
import { mapRatings, type RatingChildren } from '../../transforms/review/ratings.ts';
import { mapReviews, type ReviewChildren } from '../../transforms/review/reviews.ts';
import { declaredEntity } from '../declared-entity.ts';
import { storeViewsEntity } from '../store-views.ts';
import { reviewVerify } from '../../verify/review/index.ts';
import type { ContextMigration } from '../types.ts';

const ratingsEntity = declaredEntity<SourceRating, undefined, RatingChildren>('review', {
  entity: 'ratings',
  page: ratings,
  count: ratingCount,
  key: { columns: ['r.rating_id'], of: (r) => Number(r.rating_id) },
  pageSize: 10_000,
  children: { options: { query: ratingOptions, by: 'range' }, titles: { query: ratingTitles, by: 'range' }, stores: { query: ratingStores, by: 'range' } },
  map: (p) => mapRatings(p.rows, p.children),
  writes: [c.rating, c.rating_option, c.rating_title, c.rating_store],
  primaryTable: 'rating',
});

const reviewsEntity = declaredEntity<SourceReview, undefined, ReviewChildren>('review', {
  entity: 'reviews',
  page: reviews,
  count: reviewCount,
  key: { columns: ['r.review_id'], of: (r) => Number(r.review_id) },
  children: {
    details: { query: reviewDetails, by: 'range' },
    stores: { query: reviewStores, by: 'range' },
    votes: { query: reviewVotes, by: 'range' },
    products: { query: reviewProducts, by: (r) => Number(r.entity_pk_value) },
  },
  enrich: {
    reads: [reviewCustomers],
    async run(conn, page) {
      const ids = [...new Set(page.children.details.filter((d) => d.customer_id !== null).map((d) => Number(d.customer_id)))];
      return { customers: ids.length ? await readRows(conn, reviewCustomers, { ids }) : [] };
    },
  },
  params: (src) => catalogParams(src),
  vars: (src) => catalogVars(src),
  map: (p) => mapReviews(p.rows, p.children),
  writes: [c.review, c.review_store, c.rating_vote],
  primaryTable: 'review',
});

export const reviewMigration: ContextMigration = {
  name: 'review',
  service: reviewService,
  entities: [storeViewsEntity('review', c.store, stores, storeCount), ratingsEntity, reviewsEntity],
  verify: reviewVerify,
};
