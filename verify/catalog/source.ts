/**
 * verify's own reading of the catalog in the Magento source: its staging condition, the attributes, the store
 * views, and each value row of a set of entities. Apart from the migration on purpose (no shared SQL, no
 * shared pivot): if both read the source wrong the same way, verify would agree with a wrong target.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { readRows } from '../../extractors/query.ts';
import * as q from '../../sql/verify/catalog/index.ts';
import type { TemplateVars } from '../../sql/template.ts';
import type { VerifyContext } from '../types.ts';

export interface SourceAttribute { attribute_id: number; attribute_code: string; backend_type: string; frontend_input: string | null; is_global: number }
export interface SourceStoreView { storeId: number; code: string; name: string; websiteId: number; websiteCode: string; websiteName: string }
/** [key, attribute_id, store_id, value] */
export type ValueRow = [number, number, number, unknown];

const BACKENDS = ['int', 'varchar', 'decimal', 'text', 'datetime'] as const;

export function vars(ctx: VerifyContext): TemplateVars {
  const current = (a: string): string => (ctx.edition === 'commerce' ? `AND ${a}.created_in <= :version AND ${a}.updated_in > :version` : '');
  return {
    idents: { key: ctx.edition === 'commerce' ? 'row_id' : 'entity_id' },
    raw: { current_p: current('p'), current_c: current('c'), current_e: current('e') },
  };
}

export const params = (ctx: VerifyContext) => ({ version: ctx.stagingVersion });

export async function sourceAttributes(conn: MysqlConnection, type: 'catalog_product' | 'catalog_category'): Promise<Map<number, SourceAttribute>> {
  const rows = await readRows<SourceAttribute>(conn, q.productAttributes as never, { type });
  return new Map(rows.map((r) => [Number(r.attribute_id), { ...r, attribute_id: Number(r.attribute_id), is_global: Number(r.is_global) }]));
}

export async function sourceStoreViews(conn: MysqlConnection): Promise<SourceStoreView[]> {
  const rows = await readRows<Record<string, unknown>>(conn, q.storeViews);
  return rows.map((r) => ({
    storeId: Number(r.store_id), code: String(r.code), name: String(r.name), websiteId: Number(r.website_id),
    websiteCode: String(r.website_code), websiteName: String(r.website_name),
  }));
}

/** Every value row of the given keys, per key, in the entity type's five value tables. */
export async function valuesOf(ctx: VerifyContext, entityTable: string, keys: number[]): Promise<Map<number, ValueRow[]>> {
  const out = new Map<number, ValueRow[]>();
  if (keys.length === 0) return out;
  for (const backend of BACKENDS) {
    const rows = await readRows<Record<string, unknown>>(ctx.source, q.valuesOf, { keys }, { ...vars(ctx), idents: { key: vars(ctx).idents!.key, table: `${entityTable}_${backend}` } });
    for (const r of rows) {
      const k = Number(r.k);
      let list = out.get(k);
      if (!list) out.set(k, (list = []));
      list.push([k, Number(r.attribute_id), Number(r.store_id), r.value]);
    }
  }
  return out;
}
