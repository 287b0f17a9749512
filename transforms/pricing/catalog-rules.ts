/**
 * Catalog price rules (catalogrule with its websites and customer groups) -> catalog_rule rows with structured
 * conditions. Pure. A rule whose conditions cannot all be evaluated is loaded with evaluable = false (the
 * service skips it), its conditions listed in `unsupported`, and reported as an UNSUPPORTED_CONDITION record
 * naming the rule and each condition type (the rule itself still counts as loaded).
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { pricingContract as c } from '../../services/pricing/index.ts';
import type { CatalogRuleRow, RuleLinkRow } from '../../sql/source/pricing/index.ts';
import type { EavAttributeCatalog } from '../eav/types.ts';
import { parseRuleConditions } from './rule-conditions.ts';

export interface CatalogRuleInput {
  attrs: EavAttributeCatalog;
  websites: Set<number>;
  groups: Set<number>;
}

const ZERO_DATE = /^0000-00-00/;

export function mapCatalogRulePage(rows: readonly CatalogRuleRow[], links: { websites: RuleLinkRow[]; groups: RuleLinkRow[] }, ctx: CatalogRuleInput): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const count = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);
  for (const r of rows) {
    const key = Number(r.row_key);
    const ruleId = Number(r.rule_id);
    const sourceKey = `rule_id=${ruleId}`;
    const websites = [...new Set(links.websites.filter((l) => Number(l.owner) === key).map((l) => Number(l.website_id)))].sort((a, b) => a - b);
    const groups = [...new Set(links.groups.filter((l) => Number(l.owner) === key).map((l) => Number(l.customer_group_id)))].sort((a, b) => a - b);
    for (const w of websites.filter((w) => !ctx.websites.has(w))) rejects.push({ sourceKey: `${sourceKey},website=${w}`, reason: 'DELETED_WEBSITE', detail: `rule '${r.name}': website ${w} does not exist` });
    for (const g of groups.filter((g) => !ctx.groups.has(g))) rejects.push({ sourceKey: `${sourceKey},customer_group=${g}`, reason: 'DELETED_CUSTOMER_GROUP', detail: `rule '${r.name}': customer group ${g} does not exist` });
    const parsed = parseRuleConditions(r.conditions_serialized, ctx.attrs);
    let conditions = null;
    let unsupported: Array<Record<string, unknown>> = [];
    if ('error' in parsed) {
      unsupported = [{ type: null, attribute: null, operator: null, reason: parsed.error }];
    } else {
      conditions = parsed.conditions;
      unsupported = parsed.unsupported.map((u) => ({ ...u }));
      count(`catalog_rules.conditions_${parsed.format}`);
    }
    const evaluable = unsupported.length === 0;
    if (!evaluable) {
      count('catalog_rules.loaded_disabled');
      for (const u of unsupported) {
        rejects.push({
          sourceKey: `${sourceKey},condition=${u.type ?? 'unreadable'}`,
          reason: 'UNSUPPORTED_CONDITION',
          detail: `rule '${r.name}' is loaded disabled: ${u.type ?? 'conditions'}${u.attribute ? ` on '${u.attribute}'` : ''}: ${u.reason}`,
        });
      }
    }
    const date = (d: string | null, field: string): string | null => {
      if (d === null) return null;
      if (ZERO_DATE.test(d)) {
        rejects.push({ sourceKey: `${sourceKey},field=${field}`, reason: 'ZERO_DATE', detail: `${field} '${d}': loaded as open` });
        return null;
      }
      return d.slice(0, 10);
    };
    out.push([
      entityUuid('catalog_rule', ruleId), ruleId, r.name, r.description, Number(r.is_active) === 1, evaluable, JSON.stringify(unsupported),
      date(r.from_date, 'from_date'), date(r.to_date, 'to_date'), Number(r.sort_order), Number(r.stop_rules_processing) === 1, r.simple_action ?? '',
      String(r.discount_amount), conditions === null ? null : JSON.stringify(conditions), websites.filter((w) => ctx.websites.has(w)), groups.filter((g) => ctx.groups.has(g)),
    ]);
  }
  return { loadedRows: out.length, tables: { catalog_rule: { columns: c.catalog_rule.columns, rows: out } }, rejects, stats, ids: out.map((r) => ['catalog_rule', r[1] as number, r[0] as string]) };
}
