/** What an import writes into the promotion service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const store = table('store', ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'is_active'], ['id']);
export const salesRule = table('sales_rule', [
  'id', 'magento_id', 'row_id', 'name', 'description', 'from_date', 'to_date', 'uses_per_customer', 'is_active', 'magento_is_active', 'disabled_reason',
  'conditions', 'actions', 'stop_rules_processing', 'is_advanced', 'sort_order', 'simple_action', 'discount_amount', 'discount_qty', 'discount_step',
  'apply_to_shipping', 'times_used', 'is_rss', 'coupon_type', 'use_auto_generation', 'uses_per_coupon', 'simple_free_shipping', 'website_ids', 'customer_group_ids',
], ['id']);
export const salesRuleLabel = table('sales_rule_label', ['rule_id', 'store_magento_id', 'label'], ['rule_id', 'store_magento_id']);
export const promotionSetting = table('promotion_setting', ['key', 'value'], ['key']);
export const coupon = table('coupon', [
  'id', 'magento_id', 'rule_id', 'rule_magento_id', 'code', 'code_key', 'usage_limit', 'usage_per_customer', 'times_used', 'expiration_date', 'is_primary', 'created_at', 'type',
], ['id']);
export const couponUsage = table('coupon_usage', ['coupon_id', 'customer_magento_id', 'customer_id', 'times_used'], ['coupon_id', 'customer_magento_id']);
export const ruleCustomer = table('rule_customer', ['rule_id', 'customer_magento_id', 'customer_id', 'times_used'], ['rule_id', 'customer_magento_id']);
export const product = table('product', ['id', 'magento_id', 'sku', 'type_id', 'attribute_set_id', 'category_ids', 'weight', 'attributes'], ['id']);

export const promotionContract = contractOf(store, salesRule, salesRuleLabel, promotionSetting, coupon, couponUsage, ruleCustomer, product);
