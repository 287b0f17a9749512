/**
 * Typed names of `verify`'s review queries: its own reading of Magento's review and rating tables (MySQL)
 * and of the review service's database (target-*, Postgres). Nothing here is shared with sql/source/review.
 */
import { defineQuery } from '../../query.ts';

export const ratingFields = defineQuery('verify/review/rating-fields');
export const ratingsKeys = defineQuery('verify/review/ratings-keys');
export const reviewFields = defineQuery('verify/review/review-fields');
export const reviewStoreFields = defineQuery('verify/review/review-store-fields');
export const reviewsKeys = defineQuery('verify/review/reviews-keys');
export const reviewsPerStatus = defineQuery('verify/review/reviews-per-status');
export const storesKeys = defineQuery('verify/review/stores-keys');
export const targetRatingFields = defineQuery('verify/review/target-rating-fields');
export const targetRatingsKeys = defineQuery('verify/review/target-ratings-keys');
export const targetReviewFields = defineQuery('verify/review/target-review-fields');
export const targetReviewStoreFields = defineQuery('verify/review/target-review-store-fields');
export const targetReviewsKeys = defineQuery('verify/review/target-reviews-keys');
export const targetReviewsPerStatus = defineQuery('verify/review/target-reviews-per-status');
export const targetStoresKeys = defineQuery('verify/review/target-stores-keys');
