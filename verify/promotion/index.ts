/**
 * The promotion context's verification: cart price rules (terms, websites, groups, the label in each store
 * view), every coupon code (its rule through the target's reference, uses), coupon and rule uses per
 * customer, the product SKUs the rules' conditions read, store views.
 */
import * as q from '../../sql/verify/promotion/index.ts';
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

const products = tableVerifier({
  entity: 'products',
  sourceKeys: q.productsKeys,
  targetKeys: q.targetProductsKeys,
  keySets: [{ name: 'sku', key: (r) => (r.sku === null || String(r.sku).trim() === '' ? null : str(r.sku)) }],
  label: (r) => `sku=${str(r.sku)}`,
  fields: [{ source: q.productFields, target: q.targetProductFields }],
  sampleFrom: 'product',
});

const rules = tableVerifier({
  entity: 'sales_rules',
  sourceKeys: q.rulesKeys,
  targetKeys: q.targetRulesKeys,
  keySets: [{ name: 'rule id: name', key: (r) => `${str(r.id)}: ${str(r.name)}` }],
  label: (r) => `rule_id=${str(r.id)}`,
  fields: [{ source: q.ruleFields, target: q.targetRuleFields }, { source: q.ruleLabelFields, target: q.targetRuleLabelFields }],
  sampleFrom: 'sales_rule',
});

const coupons = tableVerifier({
  entity: 'coupons',
  sourceKeys: q.couponsKeys,
  targetKeys: q.targetCouponsKeys,
  keySets: [{ name: 'coupon code > rule', key: (r) => `${str(r.code)} > ${str(r.rule_id)}` }],
  label: (r) => `code=${str(r.code)}`,
  measures: [{ source: q.couponsUsed, target: q.targetCouponsUsed }],
  fields: [{ source: q.couponFields, target: q.targetCouponFields }],
  sampleFrom: 'coupon',
});

const couponUsage = tableVerifier({
  entity: 'coupon_usage',
  sourceKeys: q.couponUsageKeys,
  targetKeys: q.targetCouponUsageKeys,
  keySets: [{ name: 'code/customer: times used', key: (r) => `${str(r.code)}/${str(r.customer_id)}: ${str(r.times_used)}` }],
  label: (r) => `code=${str(r.code)},customer_id=${str(r.customer_id)}`,
});

const ruleCustomers = tableVerifier({
  entity: 'rule_customers',
  sourceKeys: q.ruleCustomersKeys,
  targetKeys: q.targetRuleCustomersKeys,
  keySets: [{ name: 'rule/customer: times used', key: (r) => `${str(r.id)}/${str(r.customer_id)}: ${str(r.times_used)}` }],
  label: (r) => `rule_id=${str(r.id)},customer_id=${str(r.customer_id)}`,
});

export const promotionVerify: ContextVerify = { entities: [stores, products, rules, coupons, couponUsage, ruleCustomers] };
