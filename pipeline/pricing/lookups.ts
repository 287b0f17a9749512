/**
 * The pricing context's lookups, read once per run (src.memo) and shared by its entities: the price settings
 * per website, customer groups, category paths, the attributes rule conditions test, SKU verdicts (the same
 * products load here as in the catalog: pipeline/catalog/lookups.ts decides).
 */
import { readCategoryPaths, readCustomerGroupIds, readPricingSettings, readRuleConditionTexts } from '../../extractors/pricing/lookups.ts';
import type { SourceContext } from '../../extractors/source.ts';
import type { Params } from '../../extractors/query.ts';
import * as q from '../../sql/source/pricing/index.ts';
import type { TemplateVars } from '../../sql/template.ts';
import { testedAttributeCodes } from '../../transforms/pricing/rule-conditions.ts';
import { buildPricingSettings, type PricingSettings } from '../../transforms/pricing/settings.ts';
import type { EavAttributeCatalog } from '../../transforms/eav/types.ts';
import { attributeCatalogOf, EAV_ATTRIBUTE_READS } from '../eav-lookups.ts';

export const SETTINGS_READS = [q.websites, q.stores, q.config, q.currencyRates];
export const GROUP_READS = [q.customerGroupIds];
export const RULE_READS = [q.catalogRuleAll, ...EAV_ATTRIBUTE_READS];

const CURRENT = (alias: string): string => `AND ${alias}.created_in <= :version AND ${alias}.updated_in > :version`;

/** {{key}}, {{rule_key}} and the current-version fragments per edition (Commerce: row_id and staging versions). */
export function pricingVars(src: Pick<SourceContext, 'edition' | 'schema'>): TemplateVars {
  const staged = src.edition === 'commerce';
  const ruleStaged = staged && src.schema.hasColumn('catalogrule', 'row_id');
  return {
    schema: src.schema,
    idents: { key: staged ? 'row_id' : 'entity_id', rule_key: ruleStaged ? 'row_id' : 'rule_id' },
    raw: {
      current: staged ? CURRENT('p') : '',
      current_c: staged ? CURRENT('c') : '',
      current_r: ruleStaged ? CURRENT('r') : '',
      tier_join: staged ? 'JOIN' : 'LEFT JOIN',
    },
  };
}

export function pricingParams(src: Pick<SourceContext, 'options'>): Params {
  return { version: src.options.stagingVersion };
}

export function pricingSettingsOf(src: SourceContext): Promise<PricingSettings> {
  return src.memo('pricing.settings', async () => {
    const s = await readPricingSettings(src.conn, src.schema);
    return buildPricingSettings(s.websites, s.stores, s.config, s.rates);
  });
}

export function customerGroupsOf(src: SourceContext): Promise<Set<number>> {
  return src.memo('pricing.groups', () => readCustomerGroupIds(src.conn));
}

export function categoryPathsOf(src: SourceContext): Promise<Map<number, string>> {
  return src.memo('pricing.categoryPaths', () => readCategoryPaths(src.conn, pricingParams(src), pricingVars(src)));
}

export function productAttributesOf(src: SourceContext): Promise<EavAttributeCatalog> {
  return attributeCatalogOf(src, 'catalog_product');
}

/** The attribute codes any catalog rule tests (their values are migrated per website). */
export function conditionCodesOf(src: SourceContext): Promise<string[]> {
  return src.memo('pricing.conditionCodes', async () => {
    const texts = await readRuleConditionTexts(src.conn, src.schema, pricingParams(src), pricingVars(src));
    return [...testedAttributeCodes(texts, await productAttributesOf(src))].sort();
  });
}
