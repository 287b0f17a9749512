/**
 * The promotion service's rule engine (services/promotion/evaluate) on carts worked out by hand from Magento's
 * PHP: each action's formula with discount_qty and discount_step, cart_fixed's proportional split with
 * DeltaPriceRound, percent rounding as a running total, stop_rules_processing per item (before 2.4.4) and
 * per cart (2.4.4+), found / not found / subselect conditions, free shipping, the shipping discount.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { applyRules, type CartFacts, type CartLine, type EvalRule, type RuleNode } from '../../services/promotion/index.ts';

const NS = 'Magento\\SalesRule\\Model\\Rule\\Condition\\';
const all = (conditions: RuleNode[] = [], value = '1', aggregator: 'all' | 'any' = 'all'): RuleNode => ({ kind: 'combine', type: `${NS}Combine`, aggregator, value, conditions });
const items = (conditions: RuleNode[] = []): RuleNode => ({ kind: 'product_combine', type: `${NS}Product\\Combine`, aggregator: 'all', value: '1', conditions });
const product = (attribute: string, operator: string, value: string, input = 'string'): RuleNode => ({ kind: 'product', type: `${NS}Product`, attribute, operator, value, input });
const address = (attribute: string, operator: string, value: string, input = 'numeric'): RuleNode => ({ kind: 'address', type: `${NS}Address`, attribute, operator, value, input });

let next = 1;
function rule(action: string, amount: string, extra: Partial<EvalRule> = {}): EvalRule {
  const id = next++;
  return {
    id: `r${id}`, magentoId: id, name: `rule ${id}`, label: null, simpleAction: action, discountAmount: new Decimal(amount), discountQty: null, discountStep: 0,
    applyToShipping: false, stopRulesProcessing: false, simpleFreeShipping: 0, couponType: 1, conditions: all(), actions: items(), ...extra,
  };
}

function cart(lines: Array<[sku: string, qty: number, price: string, categories?: number[]]>): CartFacts {
  const ls: CartLine[] = lines.map(([sku, qty, price, categories], index) => ({ index, sku, qty: new Decimal(qty), price: new Decimal(price), categories: categories ?? [], attributeSetId: 4, weight: null, attributes: {} }));
  const subtotal = ls.reduce((n, l) => n.add(l.price.mul(l.qty)), new Decimal(0));
  return { subtotal, subtotalInclTax: subtotal, totalQty: ls.reduce((n, l) => n.add(l.qty), new Decimal(0)), weight: new Decimal(0), paymentMethod: 'checkmo', shippingMethod: null, postcode: null, region: null, regionId: null, countryId: 'US', lines: ls };
}

const discounts = (r: ReturnType<typeof applyRules>) => r.lines.map((l) => l.discount.toFixed(2));

describe('cart rule actions (Rule\\Action\\Discount\\*)', () => {
  it('by_percent on (qty * price - earlier discount), percent lines rounded as a running total', () => {
    // 3 lines of 3.33 at 10%: 0.333 each; running total rounding gives 0.33, 0.34, 0.33 (Utility::deltaRoundingFix).
    const r = applyRules(cart([['a', 1, '3.33'], ['b', 1, '3.33'], ['c', 1, '3.33']]), [rule('by_percent', '10')], 'item', null);
    expect(discounts(r)).toEqual(['0.33', '0.34', '0.33']);
  });

  it('by_fixed: discount_qty caps the quantity, discount_step floors it to whole steps', () => {
    // qty 7, discount_qty 5 -> 5, step 2 -> 4 units x 3.00 = 12.00
    const r = applyRules(cart([['a', 7, '10']]), [rule('by_fixed', '3', { discountQty: new Decimal(5), discountStep: 2 })], 'item', null);
    expect(discounts(r)).toEqual(['12.00']);
  });

  it('buy_x_get_y: X = discount_step, Y = discount_amount, per line; none when Y > X', () => {
    const bxgy = rule('buy_x_get_y', '1', { discountStep: 3 });
    // qty 4 -> 1 free, 7 -> 1 free (3 left is not > 3), 8 -> 2 free
    expect(discounts(applyRules(cart([['a', 4, '10'], ['b', 7, '10'], ['c', 8, '10']]), [bxgy], 'item', null))).toEqual(['10.00', '10.00', '20.00']);
    expect(discounts(applyRules(cart([['a', 8, '10']]), [rule('buy_x_get_y', '4', { discountStep: 3 })], 'item', null))).toEqual(['0.00']);
  });

  it('cart_fixed: the amount split in proportion to each line, rounded so the shares add up', () => {
    // 10.00 over 3 lines of 10.00: 3.333333 + 0.000001 -> 3.33 (delta 0.003334); 3.336667 -> 3.34 (delta -0.003333); 3.330000 -> 3.33
    const r = applyRules(cart([['a', 1, '10'], ['b', 1, '10'], ['c', 1, '10']]), [rule('cart_fixed', '10')], 'item', null);
    expect(discounts(r)).toEqual(['3.33', '3.34', '3.33']);
    expect(r.lines.reduce((n, l) => n.add(l.discount), new Decimal(0)).toFixed(2)).toBe('10.00');
    // Never more than the line is worth (minFix).
    expect(discounts(applyRules(cart([['a', 1, '4']]), [rule('cart_fixed', '10')], 'item', null))).toEqual(['4.00']);
  });

  it('discounts accumulate and never exceed price * qty', () => {
    const r = applyRules(cart([['a', 1, '10']]), [rule('by_fixed', '6'), rule('by_fixed', '6')], 'item', null);
    expect(discounts(r)).toEqual(['10.00']);
  });
});

describe('stop_rules_processing', () => {
  const stopOnA = () => rule('by_percent', '50', { stopRulesProcessing: true, actions: items([product('sku', '==', 'a')]) });
  it('per item before 2.4.4: line b, which the stopping rule skipped, still gets the next rule', () => {
    const r = applyRules(cart([['a', 1, '10'], ['b', 1, '10']]), [stopOnA(), rule('by_fixed', '1')], 'item', null);
    expect(discounts(r)).toEqual(['5.00', '1.00']);
  });
  it('per cart since 2.4.4: once the stopping rule applied to any line, no later rule applies to any', () => {
    const r = applyRules(cart([['a', 1, '10'], ['b', 1, '10']]), [stopOnA(), rule('by_fixed', '1')], 'cart', null);
    expect(discounts(r)).toEqual(['5.00', '0.00']);
    expect(r.applied.map((x) => x.simpleAction)).toEqual(['by_percent']);
  });
});

describe('conditions (Rule\\Model\\Condition, SalesRule\\Model\\Rule\\Condition\\*)', () => {
  const found = (value: string, conditions: RuleNode[]): RuleNode => ({ kind: 'found', type: `${NS}Product\\Found`, aggregator: 'all', value, conditions });
  const subselect = (op: string, value: string, conditions: RuleNode[]): RuleNode => ({ kind: 'subselect', type: `${NS}Product\\Subselect`, attribute: 'qty', operator: op, value, aggregator: 'all', conditions });
  const applies = (c: CartFacts, conditions: RuleNode) => applyRules(c, [rule('by_fixed', '1', { conditions: all([conditions]) })], 'item', null).applied.length === 1;
  const inCat = (op = '==', v = '5') => product('category_ids', op, v, 'category');

  it('address: subtotal thresholds, country, payment method', () => {
    expect(applies(cart([['a', 2, '50']]), address('base_subtotal', '>=', '100'))).toBe(true);
    expect(applies(cart([['a', 1, '99.99']]), address('base_subtotal', '>=', '100'))).toBe(false);
    expect(applies(cart([['a', 1, '1']]), address('country_id', '==', 'us', 'select'))).toBe(true);
    expect(applies(cart([['a', 1, '1']]), address('payment_method', '!=', 'checkmo', 'select'))).toBe(false);
    expect(applies(cart([['a', 1, '1']]), address('total_qty', '()', '1, 2', 'numeric'))).toBe(true);
  });

  it('found, not found and subselect over the lines; a category == is "in any of"', () => {
    const c = cart([['a', 2, '10', [5, 7]], ['b', 1, '10', [8]]]);
    expect(applies(c, found('1', [inCat('==', '9,7')]))).toBe(true);
    expect(applies(c, found('0', [inCat('==', '9')]))).toBe(true);
    expect(applies(c, found('0', [inCat()]))).toBe(false);
    expect(applies(c, subselect('>=', '2', [inCat()]))).toBe(true);
    expect(applies(c, subselect('>=', '3', [inCat()]))).toBe(false);
    // An empty Found (all) is true for a cart with items; an empty Subselect is false.
    expect(applies(c, found('1', []))).toBe(true);
    expect(applies(c, subselect('>=', '0', []))).toBe(false);
  });

  it('a FALSE combine wants its children to fail; SKU compares case-insensitively, {} is "contains"', () => {
    const c = cart([['MS09-M', 1, '10']]);
    expect(applies(c, found('1', [product('sku', '==', 'ms09-m')]))).toBe(true);
    expect(applies(c, found('1', [product('sku', '{}', 'MS09')]))).toBe(true);
    expect(applies(c, all([address('base_subtotal', '>', '100')], '0'))).toBe(true);
  });
});

describe('shipping', () => {
  it('free shipping for the whole shipment (2) or when every line is free (1); apply_to_shipping discounts the shipping amount', () => {
    expect(applyRules(cart([['a', 1, '10']]), [rule('by_percent', '0', { simpleFreeShipping: 2 })], 'item', null).freeShipping).toBe(true);
    const matching = rule('by_percent', '0', { simpleFreeShipping: 1, actions: items([product('sku', '==', 'a')]) });
    expect(applyRules(cart([['a', 1, '10'], ['b', 1, '10']]), [matching], 'item', null).freeShipping).toBe(false);
    const r = applyRules(cart([['a', 1, '10']]), [rule('by_percent', '10', { applyToShipping: true })], 'item', new Decimal('5.55'));
    // 10% of 5.55 = 0.555 -> 0.56 (PHP round, half away from zero)
    expect(r.shippingDiscount.toFixed(2)).toBe('0.56');
  });
});
