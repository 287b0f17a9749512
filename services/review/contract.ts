/** What an import writes into the review service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const store = table('store', ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'is_active'], ['id']);
export const rating = table('rating', ['id', 'magento_id', 'code', 'entity_code', 'position', 'is_active'], ['id']);
export const ratingOption = table('rating_option', ['id', 'magento_id', 'rating_id', 'code', 'value', 'position'], ['id']);
export const ratingTitle = table('rating_title', ['rating_id', 'store_magento_id', 'title'], ['rating_id', 'store_magento_id']);
export const ratingStore = table('rating_store', ['rating_id', 'store_magento_id'], ['rating_id', 'store_magento_id']);
export const review = table('review', [
  'id', 'magento_id', 'created_at', 'entity_code', 'product_id', 'product_magento_id', 'product_sku', 'status_magento_id', 'status_code',
  'detail_store_magento_id', 'title', 'detail', 'nickname', 'customer_id', 'customer_magento_id',
], ['id']);
export const reviewStore = table('review_store', ['review_id', 'store_magento_id'], ['review_id', 'store_magento_id']);
export const ratingVote = table('rating_vote', [
  'id', 'magento_id', 'review_id', 'rating_id', 'rating_magento_id', 'option_id', 'option_magento_id', 'product_magento_id', 'customer_magento_id', 'value', 'percent',
], ['id']);

export const reviewContract = contractOf(store, rating, ratingOption, ratingTitle, ratingStore, review, reviewStore, ratingVote);
