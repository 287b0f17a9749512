/**
 * Magento's condition semantics, on the trees the migration stored (see transforms/promotion/conditions.ts
 * for their shape). Each function names the Magento class whose PHP it follows.
 */
import { Decimal } from 'decimal.js';

export interface RuleNode {
  kind: 'combine' | 'address' | 'found' | 'subselect' | 'product_combine' | 'product';
  type: string;
  attribute?: string | null;
  operator?: string | null;
  value?: unknown;
  aggregator?: 'all' | 'any';
  attribute_scope?: string | null;
  input?: string;
  conditions?: RuleNode[];
}

export interface CartLine {
  index: number;
  sku: string;
  qty: Decimal;
  price: Decimal;
  categories: number[];
  attributeSetId: number | null;
  weight: Decimal | null;
  attributes: Record<string, unknown>;
}

export interface CartFacts {
  subtotal: Decimal;
  subtotalInclTax: Decimal;
  totalQty: Decimal;
  weight: Decimal;
  paymentMethod: string | null;
  shippingMethod: string | null;
  postcode: string | null;
  region: string | null;
  regionId: string | null;
  countryId: string | null;
  lines: CartLine[];
}

/** PHP is_numeric. */
const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const isNumeric = (v: unknown): boolean => typeof v === 'number' || (typeof v === 'string' && NUMERIC.test(v));
const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? '1' : '') : String(v));

/** PHP's loose comparison of two scalars: numeric strings as numbers, otherwise as strings. */
function cmp(a: unknown, b: unknown): number {
  if (isNumeric(a) && isNumeric(b)) return new Decimal(String(a).trim()).cmp(new Decimal(String(b).trim()));
  const x = str(a);
  const y = str(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** AbstractCondition::_compareValues: numbers by value; otherwise a case-insensitive match (whole, when strict). */
function compareValues(validated: unknown, value: unknown, strict = true): boolean {
  const isNull = (x: unknown): boolean => x === null || x === undefined;
  if (isNull(value) || isNull(validated)) return str(validated) === str(value);
  if (strict && isNumeric(validated) && isNumeric(value)) return cmp(validated, value) === 0;
  const v = str(validated).toLowerCase();
  const subject = str(value).toLowerCase();
  return strict ? v === subject : subject.includes(v);
}

/** PHP array_intersect is non-empty (elements compared as strings). */
const intersects = (a: unknown[], b: unknown[]): boolean => {
  const set = new Set(b.map(str));
  return a.some((x) => set.has(str(x)));
};

const ARRAY_INPUTS = new Set(['multiselect', 'grid', 'category']);

/** AbstractCondition::validateAttribute (with AbstractProduct's category operators). */
export function validateAttribute(node: RuleNode, validatedIn: unknown): boolean {
  let validated = validatedIn;
  if (validated !== null && typeof validated === 'object' && !Array.isArray(validated)) return false;
  const operator = node.operator ?? '==';
  const input = node.input ?? 'string';
  const arrayOp = operator === '()' || operator === '!()' || ARRAY_INPUTS.has(input);
  // getValueParsed
  let value: unknown = node.value;
  if (Array.isArray(value) && value.length === 1) value = value[0];
  if (!Array.isArray(value) && arrayOp && value) value = str(value).split(/\s*[,;]\s*/).filter((x) => x !== '');
  // getOperatorForValidate
  let option = operator;
  if (input === 'category') option = operator === '==' ? '{}' : operator === '!=' ? '!{}' : operator;
  if (arrayOp !== Array.isArray(value)) return false;
  let result = false;
  switch (option) {
    case '==':
    case '!=':
      if (Array.isArray(value)) {
        if (!Array.isArray(validated)) return false;
        result = intersects(value, validated);
      } else if (Array.isArray(validated)) {
        result = validated.length === 1 && cmp(validated[0], value) === 0;
      } else {
        result = compareValues(validated, value);
      }
      break;
    case '<=':
    case '>':
      if (Array.isArray(validated)) return false;
      result = cmp(validated, value) <= 0;
      break;
    case '>=':
    case '<':
      if (Array.isArray(validated)) return false;
      result = cmp(validated, value) >= 0;
      break;
    case '{}':
    case '!{}':
      if (!Array.isArray(validated) && Array.isArray(value)) {
        const subject = str(validated).toLowerCase();
        result = value.some((item) => subject.includes(str(item).toLowerCase()));
      } else if (Array.isArray(value)) {
        if (!Array.isArray(validated)) return false;
        result = intersects(value, validated);
      } else if (Array.isArray(validated)) {
        result = validated.some((x) => cmp(x, value) === 0);
      } else {
        result = compareValues(value, validated, false);
      }
      break;
    case '()':
    case '!()':
      if (Array.isArray(validated)) result = intersects(validated, Array.isArray(value) ? value : [value]);
      else result = (Array.isArray(value) ? value : [value]).some((item) => compareValues(validated, item));
      break;
    default:
      // '<=>' ("is undefined") has no branch in Magento: always false.
      result = false;
  }
  if (option === '!=' || option === '>' || option === '<' || option === '!{}' || option === '!()') result = !result;
  return result;
}

/** Magento\Rule\Model\Condition\Combine::_isValid over any entity. */
function combine(node: RuleNode, check: (c: RuleNode) => boolean): boolean {
  const children = node.conditions ?? [];
  if (children.length === 0) return true;
  const all = node.aggregator !== 'any';
  const want = str(node.value) !== '' && str(node.value) !== '0';
  for (const c of children) {
    const ok = check(c);
    if (all && ok !== want) return false;
    if (!all && ok === want) return true;
  }
  return all;
}

/** SalesRule\Model\Rule\Condition\Address::validate: the cart (quote address) attribute. */
function addressValue(cart: CartFacts, attribute: string): unknown {
  switch (attribute) {
    case 'base_subtotal':
    case 'base_subtotal_with_discount':
      return cart.subtotal.toString();
    case 'base_subtotal_total_incl_tax': return cart.subtotalInclTax.toString();
    case 'total_qty': return cart.totalQty.toString();
    case 'weight': return cart.weight.toString();
    case 'payment_method': return cart.paymentMethod;
    case 'shipping_method': return cart.shippingMethod;
    case 'postcode': return cart.postcode;
    case 'region': return cart.region;
    case 'region_id': return cart.regionId;
    case 'country_id': return cart.countryId;
    default: return null;
  }
}

/** SalesRule\Model\Rule\Condition\Product::validate on one cart line (no parent/child lines here). */
export function productValue(line: CartLine, attribute: string, input: string | undefined): unknown {
  const code = attribute.replace(/^(parent|children)::/, '');
  switch (code) {
    case 'category_ids': return line.categories.map(String);
    case 'attribute_set_id': return line.attributeSetId === null ? null : String(line.attributeSetId);
    case 'quote_item_qty': return line.qty.toString();
    case 'quote_item_price': return line.price.toString();
    case 'quote_item_row_total': return line.price.mul(line.qty).toString();
    case 'sku': return line.sku;
    default: {
      const v = line.attributes[code];
      if (v === undefined || v === null) return input === 'multiselect' ? [] : null;
      if (input === 'multiselect') return Array.isArray(v) ? v.map(String) : String(v).split(',').filter(Boolean);
      return v;
    }
  }
}

/** An item-level node (Product, Product\Combine) against one line. */
export function validateLine(node: RuleNode, line: CartLine): boolean {
  if (node.kind === 'product_combine' || node.kind === 'combine') return combine(node, (c) => validateLine(c, line));
  if (node.kind === 'product') {
    // AbstractProduct::validate: datetime attributes compare as timestamps
    if (node.input === 'date') {
      const v = productValue(line, node.attribute ?? '', node.input);
      const t = v === null ? null : Date.parse(String(v)) / 1000;
      return validateAttribute({ ...node, value: Date.parse(str(node.value)) / 1000 }, t);
    }
    return validateAttribute(node, productValue(line, node.attribute ?? '', node.input));
  }
  return false;
}

/** A cart-level node (Combine, Address, Found, Subselect) against the cart. */
export function validateCart(node: RuleNode, cart: CartFacts): boolean {
  switch (node.kind) {
    case 'combine':
      return combine(node, (c) => validateCart(c, cart));
    case 'address':
      return validateAttribute(node, addressValue(cart, node.attribute ?? ''));
    case 'found': {
      // SalesRule\Model\Rule\Condition\Product\Found::validate
      const all = node.aggregator !== 'any';
      const want = str(node.value) !== '' && str(node.value) !== '0';
      let found = false;
      for (const line of cart.lines) {
        found = all;
        for (const c of node.conditions ?? []) {
          const ok = validateLine(c, line);
          if ((all && !ok) || (!all && ok)) { found = ok; break; }
        }
        if (found && want) break;
        if (!want && found) break;
      }
      return (found && want) || (!found && !want);
    }
    case 'subselect': {
      // SalesRule\Model\Rule\Condition\Product\Subselect::validate: an empty one is false
      if (!(node.conditions ?? []).length) return false;
      let total = new Decimal(0);
      for (const line of cart.lines) {
        if (!combine({ ...node, kind: 'product_combine' }, (c) => validateLine(c, line))) continue;
        total = total.add(node.attribute === 'base_row_total' ? line.price.mul(line.qty) : line.qty);
      }
      return validateAttribute({ ...node, input: 'numeric' }, total.toString());
    }
    default:
      return false;
  }
}
