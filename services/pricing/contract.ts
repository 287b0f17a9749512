/**
 * What an import writes into the pricing service: its tables and columns, in the order of each row's values
 * (services/kit/contract.ts). The migration (pipeline/pricing) writes through these; the service reads them.
 */
import { contractOf, table } from '../kit/index.ts';

export const website = table('website', ['id', 'magento_id', 'code', 'name', 'is_default', 'default_store_id', 'base_currency', 'timezone', 'currency_rate', 'price_scope', 'show_out_of_stock'], ['id']);
export const customerGroup = table('customer_group', ['id', 'magento_id', 'code'], ['id']);
export const product = table('product', ['id', 'magento_id', 'sku', 'type', 'attribute_set_id', 'required_options', 'bundle_price_type', 'in_stock'], ['id']);
export const productPrice = table('product_price', [
  'product_id', 'product_magento_id', 'website_id', 'currency', 'enabled', 'visibility', 'price', 'special_price', 'special_from_date', 'special_to_date', 'cost', 'msrp',
], ['product_id', 'website_id']);
export const tierPrice = table('tier_price', ['id', 'magento_id', 'product_id', 'product_magento_id', 'website_id', 'all_groups', 'customer_group_id', 'qty', 'value', 'percentage_value', 'currency'], ['id']);
export const productCategory = table('product_category', ['product_id', 'category_id'], ['product_id', 'category_id']);
export const productAttribute = table('product_attribute', ['product_id', 'website_id', 'attribute_code', 'value'], ['product_id', 'website_id', 'attribute_code']);
export const productLink = table('product_link', ['parent_id', 'parent_magento_id', 'kind', 'child_id', 'child_magento_id'], ['parent_id', 'kind', 'child_id']);
export const bundleSelection = table('bundle_selection', [
  'magento_id', 'website_id', 'parent_id', 'option_id', 'option_required', 'option_type', 'child_id', 'child_magento_id', 'qty', 'price_type', 'price_value',
], ['magento_id', 'website_id']);
export const catalogRule = table('catalog_rule', [
  'id', 'magento_id', 'name', 'description', 'is_active', 'evaluable', 'unsupported', 'from_date', 'to_date', 'sort_order', 'stop_rules_processing',
  'simple_action', 'discount_amount', 'conditions', 'website_ids', 'customer_group_ids',
], ['id']);

export const pricingContract = contractOf(website, customerGroup, product, productPrice, tierPrice, productCategory, productAttribute, productLink, bundleSelection, catalogRule);
