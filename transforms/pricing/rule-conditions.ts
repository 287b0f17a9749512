/**
 * Catalog rule conditions_serialized -> the pricing service's structured conditions (services/pricing:
 * RuleCondition), or the list of what cannot be evaluated. JSON in 2.2+, PHP serialize() in 2.1 (the 2.2
 * upgrade's SerializedToJson converted them): JSON is tried first, then a PHP unserializer (php-serialize).
 *
 * Magento's loading rules (Magento\Rule\Model\Condition\Combine::loadArray): aggregator = aggregator ??
 * attribute, value = value ?? operator; an unknown condition type is skipped by Magento's factory with a log
 * line: here it is reported and the rule is loaded disabled, never silently narrowed.
 */
import { unserialize } from 'php-serialize';
import {
  CONDITION_OPERATORS, parseConditionValue, type ConditionInput, type ConditionOperator, type RuleCondition,
} from '../../services/pricing/index.ts';
import type { EavAttributeCatalog } from '../eav/types.ts';

const COMBINE_TYPES = new Set(['Magento\\CatalogRule\\Model\\Rule\\Condition\\Combine', 'Magento\\Rule\\Model\\Condition\\Combine']);
const PRODUCT_TYPE = 'Magento\\CatalogRule\\Model\\Rule\\Condition\\Product';
/** Product columns a condition may test that are not EAV values. */
const STATIC_CODES = new Set(['sku', 'attribute_set_id', 'type_id']);

export interface UnsupportedCondition {
  type: string;
  attribute: string | null;
  operator: string | null;
  reason: string;
}

export interface ParsedConditions {
  conditions: RuleCondition | null;
  unsupported: UnsupportedCondition[];
  /** json, php, or empty (no conditions: every product of the rule's websites). */
  format: 'json' | 'php' | 'empty';
}

type Node = Record<string, unknown>;

export function decodeSerialized(text: string | null): { tree: Node | null; format: ParsedConditions['format'] } | { error: string } {
  if (text === null || text.trim() === '') return { tree: null, format: 'empty' };
  try {
    const tree = JSON.parse(text) as unknown;
    if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return { tree: null, format: 'json' };
    return { tree: tree as Node, format: 'json' };
  } catch {
    // not JSON: a 2.1 store (or a 2.2 upgrade that skipped the conversion)
  }
  try {
    const tree = unserialize(text) as unknown;
    if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return { tree: null, format: 'php' };
    return { tree: tree as Node, format: 'php' };
  } catch (err) {
    return { error: `conditions_serialized is neither JSON nor PHP-serialized (${(err as Error).message})` };
  }
}

/** A PHP array decoded as an object or a list: its values in key order. */
function children(v: unknown): Node[] {
  if (Array.isArray(v)) return v.filter((x): x is Node => x !== null && typeof x === 'object');
  if (v && typeof v === 'object') return Object.values(v as Record<string, unknown>).filter((x): x is Node => x !== null && typeof x === 'object');
  return [];
}

/** PHP's (bool) cast of a loaded value. */
function phpBool(v: unknown): boolean {
  if (typeof v === 'string') return v !== '' && v !== '0';
  return Boolean(v);
}

function inputOf(code: string, frontendInput: string | null): ConditionInput {
  if (code === 'category_ids') return 'category';
  if (code === 'attribute_set_id') return 'select';
  switch (frontendInput) {
    case 'select':
    case 'multiselect':
    case 'date':
    case 'boolean':
      return frontendInput;
    default:
      return 'string';
  }
}

function convert(node: Node, attrs: EavAttributeCatalog, out: UnsupportedCondition[]): RuleCondition | null {
  const type = String(node.type ?? '');
  if (COMBINE_TYPES.has(type)) {
    const aggregator = String(node.aggregator ?? node.attribute ?? 'all') === 'any' ? 'any' : 'all';
    const value = phpBool(node.value ?? node.operator ?? true);
    const conditions = children(node.conditions).map((c) => convert(c, attrs, out)).filter((c): c is RuleCondition => c !== null);
    return { kind: 'combine', aggregator, value, conditions };
  }
  const attribute = node.attribute === null || node.attribute === undefined ? null : String(node.attribute);
  const operator = node.operator === null || node.operator === undefined ? null : String(node.operator);
  const unsupported = (reason: string): null => {
    out.push({ type, attribute, operator, reason });
    return null;
  };
  if (type !== PRODUCT_TYPE) return unsupported('a condition type the pricing service does not know');
  if (!attribute) return unsupported('a product condition without an attribute');
  const meta = attrs.byCode.get(attribute);
  if (attribute !== 'category_ids' && !STATIC_CODES.has(attribute)) {
    if (!meta) return unsupported(`attribute '${attribute}' does not exist`);
    if (meta.backendType === 'static' || meta.backendTable) return unsupported(`attribute '${attribute}' is not stored in the EAV value tables`);
  }
  if (!operator || !(CONDITION_OPERATORS as readonly string[]).includes(operator)) return unsupported(`operator '${operator}' is not one Magento evaluates`);
  const op = operator as ConditionOperator;
  const input = inputOf(attribute, meta?.frontendInput ?? null);
  return {
    kind: 'product',
    attribute,
    operator: op,
    value: parseConditionValue(node.value, op, input),
    input,
    backend: meta && meta.backendType === 'datetime' ? 'datetime' : null,
    multiselect: meta?.frontendInput === 'multiselect',
  };
}

export function parseRuleConditions(text: string | null, attrs: EavAttributeCatalog): ParsedConditions | { error: string } {
  const decoded = decodeSerialized(text);
  if ('error' in decoded) return decoded;
  if (!decoded.tree) return { conditions: null, unsupported: [], format: decoded.format };
  const unsupported: UnsupportedCondition[] = [];
  const conditions = convert(decoded.tree, attrs, unsupported);
  return { conditions, unsupported, format: decoded.format };
}

/** Every attribute code the conditions test (other than categories and the product's own columns). */
export function testedAttributeCodes(texts: ReadonlyArray<string | null>, attrs: EavAttributeCatalog): Set<string> {
  const out = new Set<string>();
  const walk = (c: RuleCondition | null): void => {
    if (!c) return;
    if (c.kind === 'combine') c.conditions.forEach(walk);
    else if (c.attribute !== 'category_ids' && !STATIC_CODES.has(c.attribute)) out.add(c.attribute);
  };
  for (const t of texts) {
    const parsed = parseRuleConditions(t, attrs);
    if (!('error' in parsed)) walk(parsed.conditions);
  }
  return out;
}
