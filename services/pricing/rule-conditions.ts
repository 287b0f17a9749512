/**
 * Catalog price rule conditions as the pricing service stores and evaluates them: Magento's condition tree
 * (conditions_serialized), parsed at migration time into this structured shape, evaluated here exactly as
 * Magento\Rule\Model\Condition\Combine::_isValid and Magento\CatalogRule\Model\Rule\Condition\Product::validate
 * (with Magento\Rule\Model\Condition\AbstractCondition::validateAttribute / _compareValues) do.
 *
 *   { kind: 'combine', aggregator: 'all', value: true, conditions: [
 *       { kind: 'product', attribute: 'category_ids', operator: '()', value: ['27', '18'], input: 'category', backend: null } ] }
 */

/** The input type Magento derives for a product condition (AbstractProduct::getInputType). */
export type ConditionInput = 'string' | 'select' | 'multiselect' | 'date' | 'boolean' | 'category';
export type ConditionOperator = '==' | '!=' | '>=' | '<=' | '>' | '<' | '{}' | '!{}' | '()' | '!()' | '<=>';
export const CONDITION_OPERATORS: readonly ConditionOperator[] = ['==', '!=', '>=', '<=', '>', '<', '{}', '!{}', '()', '!()', '<=>'];

export interface CombineCondition {
  kind: 'combine';
  aggregator: 'all' | 'any';
  /** "if ALL/ANY of these conditions are TRUE (true) / FALSE (false)". */
  value: boolean;
  conditions: RuleCondition[];
}

export interface ProductCondition {
  kind: 'product';
  /** category_ids, attribute_set_id, sku, type_id, or an EAV attribute code. */
  attribute: string;
  operator: ConditionOperator;
  /** The value as getValueParsed() gives it: an array for (), !() and array input types, else a string. */
  value: string | string[];
  input: ConditionInput;
  /** The attribute's backend type where it matters (datetime values compare as timestamps), else null. */
  backend: string | null;
  /** multiselect attributes hold comma-separated option ids (_prepareMultiselectValue explodes them). */
  multiselect: boolean;
}

export type RuleCondition = CombineCondition | ProductCondition;

/** What a product shows a condition in one website (values resolved at the website's default store view). */
export interface ConditionFacts {
  sku: string;
  typeId: string;
  attributeSetId: number;
  /** Magento's getAvailableInCategories(): directly assigned categories where the product is listed. */
  categoryIds: readonly number[];
  /** attribute_code -> value (the website's default store value, else store 0); absent: no value. */
  attributes: Readonly<Record<string, string>>;
}

export function evaluateCondition(c: RuleCondition, p: ConditionFacts): boolean {
  return c.kind === 'combine' ? evaluateCombine(c, p) : evaluateProduct(c, p);
}

// Magento\Rule\Model\Condition\Combine::_isValid
function evaluateCombine(c: CombineCondition, p: ConditionFacts): boolean {
  if (c.conditions.length === 0) return true;
  const all = c.aggregator === 'all';
  for (const child of c.conditions) {
    const validated = evaluateCondition(child, p);
    if (all && validated !== c.value) return false;
    if (!all && validated === c.value) return true;
  }
  return all;
}

type Validated = string | number | string[] | null;

// Magento\CatalogRule\Model\Rule\Condition\Product::validate
function evaluateProduct(c: ProductCondition, p: ConditionFacts): boolean {
  if (c.attribute === 'category_ids') return validateAttribute(c, p.categoryIds.map(String));
  let raw: string | undefined;
  if (c.attribute === 'sku') raw = p.sku;
  else if (c.attribute === 'attribute_set_id') raw = String(p.attributeSetId);
  else if (c.attribute === 'type_id') raw = p.typeId;
  else raw = p.attributes[c.attribute];
  // A product without a value fails the condition, whatever the operator (only "is undefined" holds).
  if (raw === undefined || raw === null) return c.operator === '<=>';
  let value: Validated = raw;
  // _prepareDatetimeValue: both sides become strtotime() timestamps.
  if (c.backend === 'datetime') {
    if (!raw) return c.operator === '<=>';
    value = toTimestamp(raw);
  }
  // _prepareMultiselectValue
  if (c.multiselect) value = raw.length ? raw.split(',') : [];
  return validateAttribute(c, value);
}

function toTimestamp(v: string): number {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}( |$)/.test(v) ? `${v.replace(' ', 'T')}${v.length === 10 ? 'T00:00:00' : ''}Z` : v);
  return Number.isNaN(t) ? 0 : Math.floor(t / 1000);
}

const ARRAY_INPUTS = new Set<ConditionInput>(['multiselect', 'category']);

function isArrayOperatorType(c: ProductCondition): boolean {
  return c.operator === '()' || c.operator === '!()' || ARRAY_INPUTS.has(c.input);
}

/** AbstractCondition::getValueParsed: a one-element array unwrapped, then split by , or ; for array types. */
export function parseConditionValue(raw: unknown, operator: ConditionOperator, input: ConditionInput): string | string[] {
  let value = raw;
  if (Array.isArray(value) && value.length === 1) value = value[0];
  if (Array.isArray(value)) return value.map((v) => String(v));
  const text = value === null || value === undefined ? '' : String(value);
  const arrayType = operator === '()' || operator === '!()' || ARRAY_INPUTS.has(input);
  if (arrayType && text !== '' && text !== '0') return text.split(/\s*[,;]\s*/).filter((s) => s !== '');
  return text;
}

function conditionValue(c: ProductCondition): string | string[] | number {
  // The date branch of _prepareDatetimeValue turns the condition's value into a timestamp as well.
  if (c.backend === 'datetime' && typeof c.value === 'string') return toTimestamp(c.value);
  return c.value;
}

// Magento\Rule\Model\Condition\AbstractCondition::validateAttribute
function validateAttribute(c: ProductCondition, validated: Validated): boolean {
  if (c.operator === '<=>') return validated === null || validated === '' || (Array.isArray(validated) && validated.length === 0);
  const value = conditionValue(c);
  const op = c.input === 'category' && c.operator === '==' ? '{}' : c.input === 'category' && c.operator === '!=' ? '!{}' : c.operator;
  if (isArrayOperatorType(c) !== Array.isArray(value)) return false;
  let result = false;
  switch (op) {
    case '==':
    case '!=':
      if (Array.isArray(value)) {
        if (!Array.isArray(validated)) return false;
        result = intersects(value, validated);
      } else if (Array.isArray(validated)) {
        result = validated.length === 1 && looseEquals(validated[0], value);
      } else {
        result = compareValues(validated, value, true);
      }
      break;
    case '<=':
    case '>':
      if (Array.isArray(validated) || validated === null) return false;
      result = phpCompare(validated, value) <= 0;
      break;
    case '>=':
    case '<':
      if (Array.isArray(validated) || validated === null) return false;
      result = phpCompare(validated, value) >= 0;
      break;
    case '{}':
    case '!{}':
      if (!Array.isArray(validated) && validated !== null && Array.isArray(value)) {
        const hay = String(validated).toLowerCase();
        result = value.some((item) => hay.includes(String(item).toLowerCase()));
      } else if (Array.isArray(value)) {
        if (!Array.isArray(validated)) return false;
        result = intersects(value, validated);
      } else if (Array.isArray(validated)) {
        result = validated.some((v) => looseEquals(v, value));
      } else {
        result = compareValues(value, validated, false);
      }
      break;
    case '()':
    case '!()':
      if (Array.isArray(validated)) result = intersects(validated, Array.isArray(value) ? value : [String(value)]);
      else result = (Array.isArray(value) ? value : [value]).some((item) => compareValues(validated, item, true));
      break;
  }
  if (op === '!=' || op === '>' || op === '<' || op === '!{}' || op === '!()') result = !result;
  return result;
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const isNumeric = (v: unknown): boolean => typeof v === 'number' || (typeof v === 'string' && NUMERIC.test(v));

/** PHP's == between two scalars (numeric strings compare as numbers, others as strings). */
function looseEquals(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  return String(a) === String(b);
}

/** array_intersect is non-empty: PHP compares its elements as strings. */
function intersects(a: readonly unknown[], b: readonly unknown[]): boolean {
  const set = new Set(b.map((v) => String(v)));
  return a.some((v) => set.has(String(v)));
}

/** PHP 8's <=> on scalars: numbers (and numeric strings) numerically, other strings as strings. */
function phpCompare(a: unknown, b: unknown): number {
  if (isNumeric(a) && isNumeric(b)) return Math.sign(Number(a) - Number(b));
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

// AbstractCondition::_compareValues: numeric loose equality, else a case-insensitive full (strict) or substring match.
function compareValues(validated: unknown, value: unknown, strict: boolean): boolean {
  if (validated === null || value === null || (strict && isNumeric(validated) && isNumeric(value))) return looseEquals(validated, value);
  const needle = String(validated).toLowerCase();
  const hay = String(value).toLowerCase();
  return strict ? hay === needle : hay.includes(needle);
}

/** The attribute codes a condition tree reads (other than the product's static columns and categories). */
export function conditionAttributes(c: RuleCondition, out = new Set<string>()): Set<string> {
  if (c.kind === 'combine') for (const child of c.conditions) conditionAttributes(child, out);
  else if (!['category_ids', 'sku', 'attribute_set_id', 'type_id'].includes(c.attribute)) out.add(c.attribute);
  return out;
}
