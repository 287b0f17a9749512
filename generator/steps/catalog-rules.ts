/**
 * Catalog price rules (catalogrule, catalogrule_website, catalogrule_customer_group), with conditions as Magento's
 * admin saves them (JSON of the Combine/Product condition tree), chosen so every path of the rule engine shows:
 * a category rule that reaches configurable children through their parent, an attribute-set rule for one group
 * that stops further rules, a SKU rule after it, a select-attribute rule under an "ANY ... FALSE" combine, an
 * inactive rule, one whose dates are past, and one with a condition type no Magento module of the store knows
 * (the migration loads it disabled and reports it). Rows per version in Commerce, like cart rules.
 */
import { insertRows, scalar, type SeedContext } from '../session.ts';
import { insertVersioned } from './versioned.ts';

const COMBINE = 'Magento\\CatalogRule\\Model\\Rule\\Condition\\Combine';
const PRODUCT = 'Magento\\CatalogRule\\Model\\Rule\\Condition\\Product';
const ACTIONS = JSON.stringify({ type: 'Magento\\CatalogRule\\Model\\Rule\\Action\\Collection', attribute: null, operator: '=', value: null });

const product = (attribute: string, operator: string, value: string) => ({ type: PRODUCT, attribute, operator, value, is_value_processed: false });
const combine = (aggregator: 'all' | 'any', value: '1' | '0', conditions: unknown[]) =>
  ({ type: COMBINE, attribute: null, operator: null, value, is_value_processed: null, aggregator, conditions });

/** [rule_id, name, from, to, active, conditions, stop, sort, action, amount, websites ('all' | ids), groups] */
type RulePlan = [number, string, string | null, string | null, number, unknown, number, number, string, number, 'all' | number[], number[]];

export async function createCatalogRules(ctx: SeedContext): Promise<void> {
  const [cats] = await ctx.conn.query(`SELECT category_id FROM catalog_category_product WHERE category_id > 2
    GROUP BY category_id ORDER BY COUNT(*) DESC, category_id LIMIT 2`);
  const categories = (cats as Array<{ category_id: number }>).map((c) => c.category_id).join(',') || '3';
  const attributeSet = await scalar<number>(ctx, "SELECT attribute_set_id FROM catalog_product_entity WHERE type_id = 'simple' GROUP BY attribute_set_id ORDER BY COUNT(*) DESC, attribute_set_id LIMIT 1");
  const color = await scalar<number>(ctx, `SELECT v.value FROM catalog_product_entity_int v JOIN eav_attribute a ON a.attribute_id = v.attribute_id AND a.attribute_code = 'color'
    WHERE v.store_id = 0 GROUP BY v.value ORDER BY COUNT(*) DESC, v.value LIMIT 1`);
  const second = ctx.profile.websites > 1 ? [2] : [1];
  const plans: RulePlan[] = [
    [1, '10% off the two biggest categories', null, null, 1, combine('all', '1', [product('category_ids', '()', categories)]), 0, 1, 'by_percent', 10, 'all', [0, 1, 2, 3]],
    [2, 'Wholesale: 5 off one attribute set', null, null, 1, combine('all', '1', [product('attribute_set_id', '==', String(attributeSet ?? 4))]), 1, 2, 'by_fixed', 5, [1], [2]],
    [3, 'SKU-0001x at 80%', '2022-01-01', null, 1, combine('all', '1', [product('sku', '{}', 'SKU-0001')]), 0, 3, 'to_percent', 80, 'all', [0, 1, 2]],
    [4, 'Capped at 40 unless the colour', null, '2030-12-31', 1, combine('any', '0', [product('color', '==', String(color ?? 4))]), 0, 0, 'to_fixed', 40, second, [0, 1]],
    [5, 'Inactive half price', null, null, 0, combine('all', '1', []), 0, 0, 'by_percent', 50, 'all', [0, 1, 2, 3]],
    [6, 'Summer 2020', '2020-06-01', '2020-08-31', 1, combine('all', '1', []), 0, 0, 'by_percent', 30, 'all', [0, 1, 2, 3]],
    [7, 'Stock clearance (third-party condition)', null, null, 1,
      combine('all', '1', [{ type: 'Vendor\\StockRules\\Model\\Rule\\Condition\\Stock', attribute: 'qty', operator: '<', value: '5', is_value_processed: false }]), 0, 5, 'by_percent', 70, 'all', [0, 1, 2, 3]],
  ];
  const rows = plans.map(([id, name, from, to, active, conditions, stop, sort, action, amount]) =>
    [id, name, `${name} (generated)`, from, to, active, JSON.stringify(conditions), ACTIONS, stop, sort, action, amount]);
  await insertVersioned(ctx, 'catalogrule', 'rule_id', 'sequence_catalogrule', 'catrulever',
    ['name', 'description', 'from_date', 'to_date', 'is_active', 'conditions_serialized', 'actions_serialized', 'stop_rules_processing', 'sort_order', 'simple_action', 'discount_amount'], rows);
  const k = ctx.commerce ? 'row_id' : 'rule_id';
  const [versions] = await ctx.conn.query(`SELECT rule_id, ${k} AS k FROM catalogrule ORDER BY ${k}`);
  const websites: unknown[][] = [];
  const groups: unknown[][] = [];
  for (const v of versions as Array<{ rule_id: number; k: number }>) {
    const plan = plans.find((p) => p[0] === Number(v.rule_id))!;
    const ws = plan[10] === 'all' ? Array.from({ length: ctx.profile.websites }, (_, i) => i + 1) : plan[10];
    for (const w of ws) websites.push([v.k, w]);
    for (const g of plan[11]) groups.push([v.k, g]);
  }
  await insertRows(ctx, 'catalogrule_website', [k, 'website_id'], websites);
  await insertRows(ctx, 'catalogrule_customer_group', [k, 'customer_group_id'], groups);
}
