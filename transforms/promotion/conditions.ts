/**
 * Cart rule conditions and actions (salesrule.conditions_serialized / actions_serialized) as structured trees
 * the promotion service evaluates: JSON since Magento 2.2, PHP serialize() in 2.1 (read with php-serialize);
 * the shape is Magento's own (Magento\Rule\Model\Condition\AbstractCondition::asArray + Combine::asArray).
 * Each node gets a `kind` and, for leaves, the attribute's `input` type (how Magento compares its value).
 * Whatever the service cannot evaluate (a third-party condition class, an attribute it has no value of) is
 * listed in `unsupported`: the rule is then loaded disabled. Pure.
 */
import { unserialize } from 'php-serialize';

export type NodeKind = 'combine' | 'address' | 'found' | 'subselect' | 'product_combine' | 'product';

export interface RuleNode {
  kind: NodeKind;
  /** The Magento class, as stored. */
  type: string;
  attribute?: string | null;
  operator?: string | null;
  value?: unknown;
  aggregator?: 'all' | 'any';
  /** SalesRule\Rule\Condition\Product (2.3+): null | parent | children. */
  attribute_scope?: string | null;
  /** How the value compares (Magento's input types): numeric, string, select, multiselect, category, date, boolean. */
  input?: string;
  conditions?: RuleNode[];
}

const NS = 'Magento\\SalesRule\\Model\\Rule\\Condition\\';
export const CONDITION_CLASSES: Record<string, NodeKind> = {
  [`${NS}Combine`]: 'combine',
  [`${NS}Address`]: 'address',
  [`${NS}Product\\Found`]: 'found',
  [`${NS}Product\\Subselect`]: 'subselect',
  [`${NS}Product\\Combine`]: 'product_combine',
  [`${NS}Product`]: 'product',
};

/** SalesRule\Model\Rule\Condition\Address::loadAttributeOptions and getInputType. */
export const ADDRESS_INPUTS: Record<string, string> = {
  base_subtotal_with_discount: 'numeric', base_subtotal_total_incl_tax: 'numeric', base_subtotal: 'numeric', total_qty: 'numeric', weight: 'numeric',
  payment_method: 'select', shipping_method: 'select', postcode: 'string', region: 'string', region_id: 'select', country_id: 'select',
};

/** Rule\Model\Condition\Product\AbstractProduct's special attributes (and sku, a static attribute). */
export const PRODUCT_SPECIALS: Record<string, string> = {
  attribute_set_id: 'select', category_ids: 'category', quote_item_qty: 'numeric', quote_item_price: 'numeric', quote_item_row_total: 'numeric', sku: 'string',
};

/** AbstractProduct::getInputType from the attribute's frontend_input. */
export function productInput(frontendInput: string | null): string {
  switch (frontendInput) {
    case 'select': return 'select';
    case 'multiselect': return 'multiselect';
    case 'date': return 'date';
    case 'boolean': return 'boolean';
    default: return 'string';
  }
}

/** JSON (2.2+) or PHP serialize() (2.1); null/empty is an empty tree. Throws when neither reads. */
export function parseSerialized(text: string | null): Record<string, unknown> | null {
  if (text === null || text.trim() === '') return null;
  const t = text.trim();
  const v = t.startsWith('a:') ? unserialize(t) : JSON.parse(t);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not a condition tree');
  return v as Record<string, unknown>;
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : []);

/**
 * The normalized tree. `root` is the kind the root must have (combine for conditions, product_combine for
 * actions); `attributes` are the product attribute codes the service holds values of, with input types.
 */
export function normalizeTree(raw: Record<string, unknown> | null, root: 'combine' | 'product_combine', attributes: ReadonlyMap<string, string>, unsupported: string[]): RuleNode {
  if (raw === null) return { kind: root, type: root === 'combine' ? `${NS}Combine` : `${NS}Product\\Combine`, aggregator: 'all', value: '1', conditions: [] };
  return node(raw, attributes, unsupported);
}

function node(raw: Record<string, unknown>, attributes: ReadonlyMap<string, string>, unsupported: string[]): RuleNode {
  const type = String(raw.type ?? '');
  const kind = CONDITION_CLASSES[type];
  const out: RuleNode = { kind: kind ?? 'combine', type };
  if (!kind) {
    unsupported.push(`condition type ${type || '(none)'}`);
    return out;
  }
  if (kind === 'combine' || kind === 'found' || kind === 'subselect' || kind === 'product_combine') {
    // Combine::loadArray: aggregator falls back to attribute, value to operator.
    const aggregator = String(raw.aggregator ?? raw.attribute ?? 'all');
    out.aggregator = aggregator === 'any' ? 'any' : 'all';
    out.value = raw.value ?? raw.operator ?? '1';
    if (kind === 'subselect') {
      out.attribute = raw.attribute === undefined ? null : (raw.attribute as string | null);
      out.operator = String(raw.operator ?? '==');
      out.input = 'numeric';
      if (out.attribute !== 'qty' && out.attribute !== 'base_row_total') unsupported.push(`subselect attribute ${out.attribute}`);
      // Subselect::loadArray keeps aggregator/value of its own
      out.aggregator = raw.aggregator === 'any' ? 'any' : 'all';
      out.value = raw.value;
    }
    out.conditions = asList(raw.conditions).filter((c): c is Record<string, unknown> => !!c && typeof c === 'object').map((c) => node(c, attributes, unsupported));
    return out;
  }
  out.attribute = raw.attribute === undefined ? null : String(raw.attribute);
  out.operator = raw.operator === undefined || raw.operator === null ? '==' : String(raw.operator);
  out.value = raw.value ?? null;
  if (kind === 'address') {
    const input = ADDRESS_INPUTS[out.attribute ?? ''];
    if (!input) unsupported.push(`address attribute ${out.attribute}`);
    out.input = input ?? 'string';
    return out;
  }
  out.attribute_scope = (raw.attribute_scope as string | null | undefined) ?? null;
  // parent::x and children::x name the same attribute of the parent or child line (SalesRule Condition\Product).
  const code = (out.attribute ?? '').replace(/^(parent|children)::/, '');
  const input = PRODUCT_SPECIALS[code] ?? attributes.get(code);
  if (!input) unsupported.push(`product attribute ${out.attribute}`);
  out.input = input ?? 'string';
  return out;
}
