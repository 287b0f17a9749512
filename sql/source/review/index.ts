/** Typed names of the review context's source queries (sql/source/review/*.sql) and their rows. */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number };

export interface SourceStoreRow {
  store_id: number;
  code: string | null;
  name: string | null;
  website_id: number;
  website_code: string | null;
  is_active: number;
}

export const stores = defineQuery<SourceStoreRow>('source/review/stores');
export const storeCount = defineQuery<CountRow>('source/review/store-count');

export interface SourceRating { rating_id: number; entity_id: number; entity_code: string | null; rating_code: string; position: number; is_active: number }
export interface SourceRatingOption { option_id: number; rating_id: number; code: string; value: number; position: number }
export interface SourceRatingTitle { rating_id: number; store_id: number; value: string }
export interface SourceRatingStore { rating_id: number; store_id: number }

export const ratings = defineQuery<SourceRating>('source/review/ratings');
export const ratingCount = defineQuery<CountRow>('source/review/rating-count');
export const ratingOptions = defineQuery<SourceRatingOption>('source/review/rating-options');
export const ratingTitles = defineQuery<SourceRatingTitle>('source/review/rating-titles');
export const ratingStores = defineQuery<SourceRatingStore>('source/review/rating-stores');

export interface SourceReview {
  review_id: number;
  created_at: string | null;
  entity_id: number;
  entity_code: string | null;
  entity_pk_value: number;
  status_id: number;
  status_code: string | null;
}
export interface SourceReviewDetail { detail_id: number; review_id: number; store_id: number | null; title: string; detail: string; nickname: string; customer_id: number | null }
export interface SourceReviewStore { review_id: number; store_id: number }
export interface SourceVote { vote_id: number; review_id: number; option_id: number; rating_id: number; entity_pk_value: number; customer_id: number | null; percent: number; value: number }
export interface SourceProductSku { entity_id: number; sku: string | null }

export const reviews = defineQuery<SourceReview>('source/review/reviews');
export const reviewCount = defineQuery<CountRow>('source/review/review-count');
export const reviewDetails = defineQuery<SourceReviewDetail>('source/review/review-details');
export const reviewStores = defineQuery<SourceReviewStore>('source/review/review-stores');
export const reviewVotes = defineQuery<SourceVote>('source/review/review-votes');
export const reviewProducts = defineQuery<SourceProductSku>('source/review/review-products');
export const reviewCustomers = defineQuery<{ entity_id: number }>('source/review/review-customers');
