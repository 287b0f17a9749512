/**
 * Reads of the pricing context's lookups (small tables, read whole once per run): websites, store views,
 * configuration, currency rates, customer group ids, category paths, every rule's conditions.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import * as q from '../../sql/source/pricing/index.ts';
import type { TemplateVars } from '../../sql/template.ts';
import { readRows, type Params } from '../query.ts';
import type { SourceSchema } from '../source-schema.ts';

export interface PricingSourceSettings {
  websites: q.PricingWebsiteRow[];
  stores: q.PricingStoreRow[];
  config: q.ConfigRow[];
  rates: q.RateRow[];
}

export async function readPricingSettings(conn: MysqlConnection, schema: SourceSchema): Promise<PricingSourceSettings> {
  return {
    websites: await readRows(conn, q.websites),
    stores: await readRows(conn, q.stores),
    config: schema.hasTable('core_config_data') ? await readRows(conn, q.config) : [],
    rates: schema.hasTable('directory_currency_rate') ? await readRows(conn, q.currencyRates) : [],
  };
}

export async function readCustomerGroupIds(conn: MysqlConnection): Promise<Set<number>> {
  return new Set((await readRows(conn, q.customerGroupIds)).map((r) => Number(r.customer_group_id)));
}

export async function readCategoryPaths(conn: MysqlConnection, params: Params, vars: TemplateVars): Promise<Map<number, string>> {
  return new Map((await readRows(conn, q.categories, params, vars)).map((r) => [Number(r.entity_id), String(r.path)]));
}

export async function readRuleConditionTexts(conn: MysqlConnection, schema: SourceSchema, params: Params, vars: TemplateVars): Promise<Array<string | null>> {
  if (!schema.hasTable('catalogrule')) return [];
  return (await readRows(conn, q.catalogRuleAll, params, vars)).map((r) => r.conditions_serialized);
}
