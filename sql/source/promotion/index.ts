/**
 * Typed names of the promotion context's source queries (sql/source/promotion/*.sql) and their rows. Rule and
 * product queries take the catalog's template vars (extractors/catalog/sql-vars.ts), {{key}} set per entity.
 */
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
export const stores = defineQuery<SourceStoreRow>('source/promotion/stores');
export const storeCount = defineQuery<CountRow>('source/promotion/store-count');
export const sourceVersion = defineQuery<{ version: string | null }>('source/promotion/source-version');

export interface SourceRule {
  k: number;
  rule_id: number;
  row_id: number | null;
  name: string | null;
  description: string | null;
  from_date: string | null;
  to_date: string | null;
  uses_per_customer: number;
  is_active: number;
  conditions_serialized: string | null;
  actions_serialized: string | null;
  stop_rules_processing: number;
  is_advanced: number;
  sort_order: number;
  simple_action: string | null;
  discount_amount: string;
  discount_qty: string | null;
  discount_step: number;
  apply_to_shipping: number;
  times_used: number;
  is_rss: number;
  coupon_type: number;
  use_auto_generation: number;
  uses_per_coupon: number;
  simple_free_shipping: number;
}
export interface SourceRuleWebsite { k: number; website_id: number }
export interface SourceRuleGroup { k: number; customer_group_id: number }
export interface SourceRuleLabel { rule_id: number; store_id: number; label: string | null }

export const rules = defineQuery<SourceRule>('source/promotion/rules');
export const ruleCount = defineQuery<CountRow>('source/promotion/rule-count');
export const ruleWebsites = defineQuery<SourceRuleWebsite>('source/promotion/rule-websites');
export const ruleGroups = defineQuery<SourceRuleGroup>('source/promotion/rule-groups');
export const ruleLabels = defineQuery<SourceRuleLabel>('source/promotion/rule-labels');

export interface SourceCoupon {
  coupon_id: number;
  rule_id: number;
  code: string | null;
  usage_limit: number | null;
  usage_per_customer: number | null;
  times_used: number;
  expiration_date: string | null;
  is_primary: number | null;
  created_at: string | null;
  type: number | null;
}
export const coupons = defineQuery<SourceCoupon>('source/promotion/coupons');
export const couponCount = defineQuery<CountRow>('source/promotion/coupon-count');
export const couponRules = defineQuery<{ rule_id: number }>('source/promotion/coupon-rules');

export interface SourceCouponUsage { coupon_id: number; customer_id: number; times_used: number }
export const couponUsage = defineQuery<SourceCouponUsage>('source/promotion/coupon-usage');
export const couponUsageCount = defineQuery<CountRow>('source/promotion/coupon-usage-count');

export interface SourceRuleCustomer { rule_id: number; customer_id: number; times_used: number | string; source_rows: number | string; first_id: number }
export const ruleCustomers = defineQuery<SourceRuleCustomer>('source/promotion/rule-customers');
export const ruleCustomerCount = defineQuery<CountRow>('source/promotion/rule-customer-count');
export const customers = defineQuery<{ entity_id: number }>('source/promotion/customers');

export interface SourcePromoAttribute { attribute_id: number; attribute_code: string; backend_type: string; frontend_input: string | null }
export const promoAttributes = defineQuery<SourcePromoAttribute>('source/promotion/promo-attributes');
export const categoryAnchors = defineQuery<{ entity_id: number; path: string; is_anchor: number | null }>('source/promotion/category-anchors');

export interface SourceProduct { k: number; entity_id: number; sku: string | null; attribute_set_id: number; type_id: string }
export interface SourceValue { k: number; attribute_id: number; value: unknown }
export const products = defineQuery<SourceProduct>('source/promotion/products');
export const productCount = defineQuery<CountRow>('source/promotion/product-count');
export const productCategories = defineQuery<{ product_id: number; category_id: number }>('source/promotion/product-categories');
export const productValuesInt = defineQuery<SourceValue>('source/promotion/product-values-int');
export const productValuesVarchar = defineQuery<SourceValue>('source/promotion/product-values-varchar');
export const productValuesDecimal = defineQuery<SourceValue>('source/promotion/product-values-decimal');
export const productValuesText = defineQuery<SourceValue>('source/promotion/product-values-text');
export const productValuesDatetime = defineQuery<SourceValue>('source/promotion/product-values-datetime');
export const couponCodes = defineQuery<{ coupon_id: number; rule_id: number; code: string | null }>('source/promotion/coupon-codes');
