/**
 * Applying cart price rules to a cart as Magento's discount total does (Magento\SalesRule\Model\Quote\Discount,
 * Validator, RulesApplier, Utility, Rule\Action\Discount\*), in exact decimals rounded as PHP's round()
 * rounds (half away from zero) where Magento rounds.
 *
 * stop_rules_processing: per item before 2.4.4 (RulesApplier::applyRules breaks out of one item's rule loop),
 * per cart since 2.4.4 (Quote\Discount::collect loops rules outside items and stops once a stopping rule has
 * applied): the `scope` setting of the source's version.
 */
import { Decimal } from 'decimal.js';
import { validateCart, validateLine, type CartFacts, type CartLine, type RuleNode } from './conditions.ts';

export interface EvalRule {
  id: string;
  magentoId: number;
  name: string | null;
  label: string | null;
  simpleAction: string;
  discountAmount: Decimal;
  discountQty: Decimal | null;
  discountStep: number;
  applyToShipping: boolean;
  stopRulesProcessing: boolean;
  simpleFreeShipping: number;
  couponType: number;
  conditions: RuleNode;
  actions: RuleNode;
}

export interface LineResult { line: CartLine; discount: Decimal; rules: number[]; freeShipping: boolean }

export interface EvalResult {
  applied: EvalRule[];
  lines: LineResult[];
  shippingDiscount: Decimal;
  freeShipping: boolean;
}

/** PriceCurrency::round: round($price, 2), PHP rounding half away from zero. */
const round2 = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const ZERO = new Decimal(0);

interface LineState { line: CartLine; discount: Decimal; percent: Decimal; rules: Set<number>; free: boolean }

export function applyRules(cart: CartFacts, rules: EvalRule[], scope: 'item' | 'cart', shippingAmount: Decimal | null): EvalResult {
  // Utility::canProcessRule (conditions against the address), cached per rule as Magento caches it per address.
  const valid = new Map<EvalRule, boolean>();
  const canProcess = (r: EvalRule): boolean => {
    let v = valid.get(r);
    if (v === undefined) valid.set(r, (v = validateCart(r.conditions, cart)));
    return v;
  };
  const states: LineState[] = cart.lines.map((line) => ({ line, discount: ZERO, percent: ZERO, rules: new Set(), free: false }));
  // Validator::sortItemsByPriority: for each rule in order, its lines first (decides rounding and cart_fixed order).
  const sorted: LineState[] = [];
  const rest = [...states];
  for (const r of rules) {
    for (let i = 0; i < rest.length; ) {
      if (validateLine(r.actions, rest[i].line)) sorted.push(...rest.splice(i, 1));
      else i++;
    }
  }
  sorted.push(...rest);

  const roundingDeltas = new Map<string, Decimal>();
  const cartFixedDeltas = new Map<string, Decimal>();
  const cartFixedBudget = new Map<number, Decimal>();
  let totals = new Map<number, { base: Decimal; count: number }>();
  const applied = new Set<EvalRule>();
  let addressFree = false;

  /** Validator::initTotals: per cart_fixed rule, the lines' total price and count. */
  const initTotals = (): void => {
    totals = new Map();
    for (const r of rules) {
      if (r.simpleAction !== 'cart_fixed' || !canProcess(r)) continue;
      let base = ZERO;
      let count = 0;
      for (const s of states) {
        if (!validateLine(r.actions, s.line)) continue;
        base = base.add(s.line.price.mul(itemQty(s.line, r)));
        count++;
      }
      totals.set(r.magentoId, { base, count });
    }
  };

  const applyRule = (s: LineState, r: EvalRule): void => {
    const price = s.line.price;
    let qty = itemQty(s.line, r);
    let amount = ZERO;
    switch (r.simpleAction) {
      case 'by_percent':
      case 'to_percent': {
        // ByPercent / ToPercent: the step floors the quantity
        if (r.discountStep) qty = qty.div(r.discountStep).floor().mul(r.discountStep);
        const pct = r.simpleAction === 'by_percent' ? Decimal.min(100, r.discountAmount) : Decimal.max(0, new Decimal(100).sub(r.discountAmount));
        amount = qty.mul(price).sub(s.discount).mul(pct).div(100);
        if (!r.discountQty || r.discountQty.gt(qty)) s.percent = Decimal.min(100, s.percent.add(pct));
        break;
      }
      case 'by_fixed':
        if (r.discountStep) qty = qty.div(r.discountStep).floor().mul(r.discountStep);
        amount = qty.mul(r.discountAmount);
        break;
      case 'to_fixed':
        amount = qty.mul(price.sub(r.discountAmount));
        break;
      case 'buy_x_get_y': {
        // BuyXGetY: X = discount_step, Y = discount_amount; nothing when X is 0 or Y > X
        const x = new Decimal(r.discountStep);
        const y = r.discountAmount;
        if (x.isZero() || y.gt(x)) break;
        const period = x.add(y);
        const full = qty.div(period).floor();
        const free = qty.sub(full.mul(period));
        let discountQty = full.mul(y);
        if (free.gt(x)) discountQty = discountQty.add(free.sub(x));
        amount = discountQty.mul(price);
        break;
      }
      case 'cart_fixed': {
        const t = totals.get(r.magentoId);
        const budget = cartFixedBudget.get(r.magentoId) ?? r.discountAmount;
        if (!t || t.base.isZero() || budget.lte(0)) break;
        const type = `CartFixed${r.magentoId}`;
        // Helper\CartFixedDiscount::getDiscountAmount with DeltaPriceRound (initial delta 0.000001)
        let share = r.discountAmount.mul(price.mul(qty)).div(t.base);
        if (!share.isZero()) {
          share = share.add(cartFixedDeltas.get(type) ?? new Decimal('0.000001'));
          const rounded = round2(share);
          cartFixedDeltas.set(type, share.sub(rounded));
          share = rounded;
        }
        if (t.count <= 1) cartFixedDeltas.delete(type);
        else t.count--;
        const base = round2(Decimal.min(price.mul(qty), share));
        const left = budget.sub(base);
        cartFixedBudget.set(r.magentoId, left);
        if (left.lte(0)) cartFixedDeltas.delete(type);
        amount = round2(Decimal.min(price.mul(qty), share));
        break;
      }
    }
    // Utility::deltaRoundingFix: percent discounts rounded as a running total per (cumulative) percent
    if (!s.percent.isZero()) {
      const key = s.percent.toString();
      amount = amount.add(roundingDeltas.get(key) ?? ZERO);
      roundingDeltas.set(key, amount.sub(round2(amount)));
      if (s.percent.eq(100)) amount = Decimal.min(amount, price.mul(qty));
    }
    amount = round2(amount);
    // Utility::minFix: the line's discount so far plus this one, at most price * qty
    s.discount = Decimal.min(s.discount.add(amount), price.mul(qty));
    s.rules.add(r.magentoId);
    applied.add(r);
    // OfflineShipping\Model\SalesRule\Calculator::processFreeShipping
    if (r.simpleFreeShipping === 1) s.free = true;
    if (r.simpleFreeShipping === 2) addressFree = true;
  };

  initTotals();
  if (scope === 'item') {
    for (const s of sorted) {
      for (const r of rules) {
        if (!canProcess(r) || !validateLine(r.actions, s.line)) continue;
        applyRule(s, r);
        if (r.stopRulesProcessing) break;
      }
    }
  } else {
    for (const r of rules) {
      let hit = false;
      for (const s of sorted) {
        if (!canProcess(r) || !validateLine(r.actions, s.line)) continue;
        applyRule(s, r);
        hit = true;
      }
      if (r.stopRulesProcessing && hit) break;
      initTotals();
    }
  }

  // Validator::processShippingAmount
  let shippingDiscount = ZERO;
  if (shippingAmount && shippingAmount.gt(0)) {
    let percent = ZERO;
    for (const r of rules) {
      if (!r.applyToShipping || !canProcess(r)) continue;
      let d = ZERO;
      if (r.simpleAction === 'by_percent' || r.simpleAction === 'to_percent') {
        const pct = r.simpleAction === 'by_percent' ? Decimal.min(100, r.discountAmount) : Decimal.max(0, new Decimal(100).sub(r.discountAmount));
        d = shippingAmount.sub(shippingDiscount).mul(pct).div(100);
        percent = Decimal.min(100, percent.add(pct));
      } else if (r.simpleAction === 'by_fixed') d = r.discountAmount;
      else if (r.simpleAction === 'to_fixed') d = shippingAmount.sub(r.discountAmount);
      else if (r.simpleAction === 'cart_fixed') {
        const budget = cartFixedBudget.get(r.magentoId) ?? r.discountAmount;
        if (budget.gt(0)) {
          d = Decimal.min(shippingAmount.sub(shippingDiscount), budget);
          cartFixedBudget.set(r.magentoId, budget.sub(d));
        }
      } else if (r.simpleAction === 'buy_x_get_y') {
        const qty = cart.lines.reduce((n, l) => n.add(l.qty), ZERO);
        const free = cart.lines.reduce((n, l) => n.add(buyXGetYQty(l.qty, r)), ZERO);
        if (qty.gt(0)) d = shippingAmount.div(qty).mul(free);
      }
      shippingDiscount = round2(Decimal.min(shippingDiscount.add(d), shippingAmount));
      applied.add(r);
      if (r.stopRulesProcessing) break;
    }
  }

  const lines = states.map((s) => ({ line: s.line, discount: s.discount, rules: [...s.rules], freeShipping: s.free }));
  return {
    applied: rules.filter((r) => applied.has(r)),
    lines,
    shippingDiscount,
    // Address-level: a rule for the whole shipment, or every line free on its own
    freeShipping: addressFree || (states.length > 0 && states.every((s) => s.free)),
  };
}

/** Utility::getItemQty: the line's quantity, at most discount_qty. */
function itemQty(line: CartLine, r: EvalRule): Decimal {
  return r.discountQty && r.discountQty.gt(0) ? Decimal.min(line.qty, r.discountQty) : line.qty;
}

function buyXGetYQty(qty: Decimal, r: EvalRule): Decimal {
  const x = new Decimal(r.discountStep);
  const y = r.discountAmount;
  if (x.isZero() || y.gt(x)) return ZERO;
  const period = x.add(y);
  const full = qty.div(period).floor();
  const free = qty.sub(full.mul(period));
  let q = full.mul(y);
  if (free.gt(x)) q = q.add(free.sub(x));
  return q;
}
