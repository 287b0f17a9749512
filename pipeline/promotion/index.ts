/**
 * The promotion context's migration: store views, the catalog facts rules test, cart price rules (trees,
 * websites, groups, labels), coupons and usage counters, into the promotion service (services/promotion).
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { catalogParams, catalogVars } from '../../extractors/catalog/sql-vars.ts';
import { readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { promotionContract as c, promotionService } from '../../services/promotion/index.ts';
import {
  couponCount, coupons, couponUsage, couponUsageCount, customers, productCategories, productCount, products, productValuesDatetime, productValuesDecimal,
  productValuesInt, productValuesText, productValuesVarchar, ruleCount, ruleCustomerCount, ruleCustomers, ruleGroups, ruleLabels, rules, ruleWebsites,
  storeCount, stores, type SourceCoupon, type SourceCouponUsage, type SourceProduct, type SourceRule, type SourceRuleCustomer,
} from '../../sql/source/promotion/index.ts';
import { mapCoupons, mapCouponUsage, mapRuleCustomers } from '../../transforms/promotion/coupons.ts';
import { mapProductFacts, type ProductChildren, type ProductFactsContext } from '../../transforms/promotion/products.ts';
import { mapRules, type RuleChildren, type RuleContext } from '../../transforms/promotion/rules.ts';
import { SKU_VERDICT_READS, skuVerdictsOf } from '../catalog/lookups.ts';
import { declaredEntity } from '../declared-entity.ts';
import { storeViewsEntity } from '../store-views.ts';
import { promotionVerify } from '../../verify/promotion/index.ts';
import type { ContextMigration } from '../types.ts';
import { ATTRIBUTE_READS, categoryClosureOf, COUPON_READS, promoAttributesOf, RULE_READS, rulesAndCouponsOf, settingsOf } from './lookups.ts';
import { categoryAnchors } from '../../sql/source/promotion/index.ts';

const staged = (src: SourceContext): boolean => src.edition === 'commerce';
const keyed = (id: string) => (src: SourceContext) => ({ ...catalogVars(src), idents: { key: staged(src) ? 'row_id' : id } });

const productFacts = declaredEntity<SourceProduct, ProductFactsContext, ProductChildren>('promotion', {
  entity: 'products',
  page: products,
  count: productCount,
  key: (src) => ({ columns: [staged(src) ? 'p.row_id' : 'p.entity_id'], of: (r) => Number(r.k) }),
  children: {
    categories: { query: productCategories, by: (r) => Number(r.entity_id) },
    int: { query: productValuesInt, by: 'range' },
    varchar: { query: productValuesVarchar, by: 'range' },
    decimal: { query: productValuesDecimal, by: 'range' },
    text: { query: productValuesText, by: 'range' },
    datetime: { query: productValuesDatetime, by: 'range' },
  },
  lookups: [...ATTRIBUTE_READS, categoryAnchors, ...SKU_VERDICT_READS],
  prepare: async (src) => ({ attributes: await promoAttributesOf(src), categoryClosure: await categoryClosureOf(src), verdicts: await skuVerdictsOf(src), staged: staged(src) }),
  // mysql2 expands an empty list to nothing (a syntax error): 0 is no attribute id.
  params: catalogParams,
  contextParams: (_src, ctx) => ({ attrs: ctx.attributes.size ? [...ctx.attributes.keys()] : [0] }),
  vars: keyed('entity_id'),
  map: (p, ctx) => mapProductFacts(p.rows, p.children, ctx),
  writes: [c.product],
  primaryTable: 'product',
});

const salesRules = declaredEntity<SourceRule, RuleContext, RuleChildren>('promotion', {
  entity: 'sales_rules',
  page: rules,
  count: ruleCount,
  key: (src) => ({ columns: [staged(src) ? 'e.row_id' : 'e.rule_id'], of: (r) => Number(r.k) }),
  maxBatch: 500,
  children: {
    websites: { query: ruleWebsites, by: 'range' },
    groups: { query: ruleGroups, by: 'range' },
    labels: { query: ruleLabels, by: (r) => Number(r.rule_id) },
  },
  lookups: RULE_READS,
  prepare: async (src) => {
    const attrs = await promoAttributesOf(src);
    return { attributes: new Map([...attrs.values()].map((a) => [a.code, a.input])), settings: await settingsOf(src) };
  },
  params: (src) => catalogParams(src),
  vars: keyed('rule_id'),
  map: (p, ctx) => mapRules(p.rows, p.children, ctx, p.first),
  writes: [c.sales_rule, c.sales_rule_label, c.promotion_setting],
  primaryTable: 'sales_rule',
});

const couponEntity = declaredEntity<SourceCoupon, Awaited<ReturnType<typeof rulesAndCouponsOf>>, object>('promotion', {
  entity: 'coupons',
  page: coupons,
  count: couponCount,
  key: { columns: ['c.coupon_id'], of: (r) => Number(r.coupon_id) },
  lookups: COUPON_READS,
  prepare: rulesAndCouponsOf,
  map: (p, ctx) => mapCoupons(p.rows, ctx.rules, ctx.duplicates),
  writes: [c.coupon],
  primaryTable: 'coupon',
});

/** The customers of a usage page that exist (a counter of a deleted customer is a dangling reference). */
const existingCustomers = {
  reads: [customers],
  async run(conn: MysqlConnection, page: { rows: Array<{ customer_id: number }> }) {
    const wanted = [...new Set(page.rows.map((r) => Number(r.customer_id)))];
    return { customers: wanted.length ? await readRows(conn, customers, { ids: wanted }) : [] };
  },
};

const couponUsageEntity = declaredEntity<SourceCouponUsage, Awaited<ReturnType<typeof rulesAndCouponsOf>>, { customers: Array<{ entity_id: number }> }>('promotion', {
  entity: 'coupon_usage',
  page: couponUsage,
  count: couponUsageCount,
  key: { columns: ['u.coupon_id', 'u.customer_id'], of: (r) => [Number(r.coupon_id), Number(r.customer_id)] },
  lookups: COUPON_READS,
  prepare: rulesAndCouponsOf,
  enrich: existingCustomers,
  map: (p, ctx) => mapCouponUsage(p.rows, ctx.coupons, new Set((p.children.customers ?? []).map((x) => Number(x.entity_id)))),
  writes: [c.coupon_usage],
  primaryTable: 'coupon_usage',
});

const ruleCustomerEntity = declaredEntity<SourceRuleCustomer, Awaited<ReturnType<typeof rulesAndCouponsOf>>, { customers: Array<{ entity_id: number }> }>('promotion', {
  entity: 'rule_customers',
  page: ruleCustomers,
  count: ruleCustomerCount,
  key: { columns: ['s.rule_id', 's.customer_id'], of: (r) => [Number(r.rule_id), Number(r.customer_id)] },
  lookups: COUPON_READS,
  prepare: rulesAndCouponsOf,
  enrich: existingCustomers,
  map: (p, ctx) => ({ ...mapRuleCustomers(p.rows, ctx.rules, new Set((p.children.customers ?? []).map((x) => Number(x.entity_id)))), sourceRows: p.rows.length }),
  writes: [c.rule_customer],
  primaryTable: 'rule_customer',
});

export const promotionMigration: ContextMigration = {
  name: 'promotion',
  service: promotionService,
  entities: [storeViewsEntity('promotion', c.store, stores, storeCount), productFacts, salesRules, couponEntity, couponUsageEntity, ruleCustomerEntity],
  verify: promotionVerify,
};
