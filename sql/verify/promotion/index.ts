/**
 * Typed names of `verify`'s promotion queries: its own reading of Magento's cart price rules and coupons
 * (MySQL) and of the promotion service's database (target-*, Postgres). Nothing here is shared with
 * sql/source/promotion.
 */
import { defineQuery } from '../../query.ts';

export const couponFields = defineQuery('verify/promotion/coupon-fields');
export const couponUsageKeys = defineQuery('verify/promotion/coupon-usage-keys');
export const couponsKeys = defineQuery('verify/promotion/coupons-keys');
export const couponsUsed = defineQuery('verify/promotion/coupons-used');
export const productFields = defineQuery('verify/promotion/product-fields');
export const productsKeys = defineQuery('verify/promotion/products-keys');
export const ruleCustomersKeys = defineQuery('verify/promotion/rule-customers-keys');
export const ruleFields = defineQuery('verify/promotion/rule-fields');
export const ruleLabelFields = defineQuery('verify/promotion/rule-label-fields');
export const rulesKeys = defineQuery('verify/promotion/rules-keys');
export const storesKeys = defineQuery('verify/promotion/stores-keys');
export const targetCouponFields = defineQuery('verify/promotion/target-coupon-fields');
export const targetCouponUsageKeys = defineQuery('verify/promotion/target-coupon-usage-keys');
export const targetCouponsKeys = defineQuery('verify/promotion/target-coupons-keys');
export const targetCouponsUsed = defineQuery('verify/promotion/target-coupons-used');
export const targetProductFields = defineQuery('verify/promotion/target-product-fields');
export const targetProductsKeys = defineQuery('verify/promotion/target-products-keys');
export const targetRuleCustomersKeys = defineQuery('verify/promotion/target-rule-customers-keys');
export const targetRuleFields = defineQuery('verify/promotion/target-rule-fields');
export const targetRuleLabelFields = defineQuery('verify/promotion/target-rule-label-fields');
export const targetRulesKeys = defineQuery('verify/promotion/target-rules-keys');
export const targetStoresKeys = defineQuery('verify/promotion/target-stores-keys');
