/**
 * Cart price rules onto the promotion service's rows: the rule with its websites and customer groups, its
 * conditions and actions as structured trees (conditions.ts), its labels per store view; on the first page,
 * the settings of the source's Magento version. Pure.
 *
 * A rule with a condition the service cannot evaluate (or unreadable trees) is loaded disabled, its reason in
 * disabled_reason, and reported as a value-level UNEVALUABLE_CONDITION reject naming the type.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { promotionContract as c } from '../../services/promotion/index.ts';
import type { SourceRule, SourceRuleGroup, SourceRuleLabel, SourceRuleWebsite } from '../../sql/source/promotion/index.ts';
import { bool, dateValue, decimalOrNull, intOrNull } from '../values.ts';
import { normalizeTree, parseSerialized, type RuleNode } from './conditions.ts';

export interface RuleChildren { websites: SourceRuleWebsite[]; groups: SourceRuleGroup[]; labels: SourceRuleLabel[] }

export interface RuleContext {
  /** Product attribute codes the service holds values of -> input type. */
  attributes: ReadonlyMap<string, string>;
  settings: Array<[string, string | null]>;
}

/**
 * What the source's version decides: stop_rules_processing acts per item before 2.4.4 (RulesApplier breaks
 * its loop over one item's rules) and per cart since (Quote\Discount loops rules outside items and stops
 * once a stopping rule applied); coupon expiration_date is honoured only by 2.1's rule collection.
 */
export function versionSettings(version: string | null, is21: boolean): Array<[string, string | null]> {
  const v = (version ?? '').match(/^(\d+)\.(\d+)\.(\d+)/);
  const n = v ? Number(v[1]) * 10000 + Number(v[2]) * 100 + Number(v[3]) : null;
  const cartScope = n !== null && n >= 20404;
  return [
    ['source_version', version ?? (is21 ? '2.1 (schema)' : null)],
    ['stop_rules_scope', cartScope ? 'cart' : 'item'],
    ['coupon_expiration', is21 ? 'honoured' : 'ignored'],
  ];
}

function byKey<T extends { k: number }, V>(rows: readonly T[], value: (r: T) => V): Map<number, V[]> {
  const m = new Map<number, V[]>();
  for (const r of rows) {
    const k = Number(r.k);
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push(value(r));
  }
  return m;
}

export function mapRules(rows: readonly SourceRule[], ch: RuleChildren, ctx: RuleContext, first: boolean): Mapped {
  const websites = byKey(ch.websites, (w) => Number(w.website_id));
  const groups = byKey(ch.groups, (g) => Number(g.customer_group_id));
  const out: unknown[][] = [];
  const labels: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const r of rows) {
    const key = `rule_id=${r.rule_id}`;
    const id = entityUuid('sales_rule', r.rule_id);
    const unsupported: string[] = [];
    let conditions: RuleNode;
    let actions: RuleNode;
    try {
      conditions = normalizeTree(parseSerialized(r.conditions_serialized), 'combine', ctx.attributes, unsupported);
      actions = normalizeTree(parseSerialized(r.actions_serialized), 'product_combine', ctx.attributes, unsupported);
    } catch (err) {
      unsupported.push(`unreadable conditions (${(err as Error).message})`);
      conditions = normalizeTree(null, 'combine', ctx.attributes, []);
      actions = normalizeTree(null, 'product_combine', ctx.attributes, []);
    }
    if (r.conditions_serialized?.trim().startsWith('a:') || r.actions_serialized?.trim().startsWith('a:')) stats['rules.php_serialized'] = (stats['rules.php_serialized'] ?? 0) + 1;
    const known = new Set(['by_percent', 'by_fixed', 'cart_fixed', 'buy_x_get_y', 'to_percent', 'to_fixed']);
    if (!known.has(r.simple_action ?? '')) unsupported.push(`action ${r.simple_action}`);
    const disabled = unsupported.length ? [...new Set(unsupported)].join('; ') : null;
    if (disabled) {
      rejects.push({ sourceKey: key, reason: 'UNEVALUABLE_CONDITION', detail: `${disabled}: loaded disabled` });
      stats['rules.loaded_disabled'] = (stats['rules.loaded_disabled'] ?? 0) + 1;
    }
    out.push([
      id, Number(r.rule_id), intOrNull(r.row_id), r.name, r.description, dateValue('date', r.from_date, key, 'from_date', rejects), dateValue('date', r.to_date, key, 'to_date', rejects),
      Number(r.uses_per_customer ?? 0), bool(r.is_active) && !disabled, bool(r.is_active), disabled, conditions, actions, bool(r.stop_rules_processing), bool(r.is_advanced),
      Number(r.sort_order ?? 0), r.simple_action, String(r.discount_amount ?? '0'), decimalOrNull(r.discount_qty), Number(r.discount_step ?? 0), bool(r.apply_to_shipping),
      Number(r.times_used ?? 0), bool(r.is_rss), Number(r.coupon_type ?? 1), bool(r.use_auto_generation), Number(r.uses_per_coupon ?? 0), Number(r.simple_free_shipping ?? 0),
      websites.get(Number(r.k)) ?? [], groups.get(Number(r.k)) ?? [],
    ]);
  }
  const loaded = new Set(rows.map((r) => Number(r.rule_id)));
  for (const l of ch.labels) if (loaded.has(Number(l.rule_id))) labels.push([entityUuid('sales_rule', l.rule_id), Number(l.store_id), l.label]);
  const tables: Mapped['tables'] = {
    [c.sales_rule.table]: { columns: c.sales_rule.columns, rows: out },
    [c.sales_rule_label.table]: { columns: c.sales_rule_label.columns, rows: labels },
  };
  if (first) tables[c.promotion_setting.table] = { columns: c.promotion_setting.columns, rows: ctx.settings };
  return { loadedRows: out.length, tables, rejects, stats, ids: out.map((r) => ['sales_rule', r[1] as number, r[0] as string]) };
}
