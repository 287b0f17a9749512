import { rnd, run, type SeedContext } from './session.ts';

export type BackendTable = 'varchar' | 'int' | 'decimal' | 'text' | 'datetime';

/**
 * How one attribute's values are written. SQL expressions see `p` (the entity row, every row version in Commerce) and,
 * for website/store rows, `st` (the store view: store_id, code, website_id).
 */
export interface ValuePlan {
  code: string;
  table: BackendTable;
  /** extra condition on p (e.g. the product types the attribute applies to) */
  where?: string;
  /** per mille of entities with a default (store 0) value; 1000 when absent */
  share?: number;
  /** store 0 value */
  value: string;
  /**
   * Website-scope attribute (is_global 2): a per-website value, written to every store view of the website as
   * Magento's admin does; drawn per (entity, website) so all views of a website agree.
   */
  website?: { share: number; value: string };
  /** Store-scope attribute (is_global 0): per-view overrides, and explicit NULL rows on some other views. */
  store?: { share: number; value: string; nullShare?: number };
}

interface EntitySpec {
  /** catalog_product | catalog_category */
  prefix: string;
  entityTypeId: number;
  /** joins every statement needs (helper tables keyed by p.entity_id) */
  join?: string;
  /** joins that bring `st`, the entity's store views (website rows: the views of websites the entity is in) */
  storeJoin: string;
}

const caseOf = (plans: ValuePlan[], pick: (p: ValuePlan) => string) =>
  `CASE a.attribute_code ${plans.map((p) => `WHEN '${p.code}' THEN ${pick(p)}`).join(' ')} END`;

/** The per-(entity, store view) draw deciding a store row; exported so derived data (URL rewrites) can recompute it. */
export function storeDrawSql(ctx: SeedContext, code: string, idExpr = 'p.entity_id', storeExpr = 'st.store_id'): string {
  return rnd(ctx, `${code}/s`, [idExpr, storeExpr], 1000);
}

const codes = (plans: ValuePlan[]) => plans.map((p) => `'${p.code}'`).join(', ');

/** Writes default, website and store rows for every plan, one statement per value table and scope. */
export async function writeValues(ctx: SeedContext, spec: EntitySpec, plans: ValuePlan[]): Promise<void> {
  const key = ctx.key;
  const tables = [...new Set(plans.map((p) => p.table))];
  for (const table of tables) {
    const target = `${spec.prefix}_entity_${table}`;
    const mine = plans.filter((p) => p.table === table);
    const attrJoin = `JOIN eav_attribute a ON a.entity_type_id = ${spec.entityTypeId} AND a.attribute_code IN (${codes(mine)})`;
    await run(ctx, target, `INSERT INTO ${target} (attribute_id, store_id, ${key}, value)
      SELECT STRAIGHT_JOIN a.attribute_id, 0, p.${key}, ${caseOf(mine, (p) => p.value)}
      FROM ${spec.prefix}_entity p ${spec.join ?? ''} ${attrJoin}
      WHERE ${caseOf(mine, (p) => `(${p.where ?? '1=1'}) AND ${rnd(ctx, p.code, 'p.entity_id', 1000)} < ${p.share ?? 1000}`)}`);

    const web = mine.filter((p) => p.website);
    if (web.length) {
      const draw = (p: ValuePlan) => rnd(ctx, `${p.code}/w`, ['p.entity_id', 'st.website_id'], 1000);
      await run(ctx, target, `INSERT INTO ${target} (attribute_id, store_id, ${key}, value)
        SELECT STRAIGHT_JOIN a.attribute_id, st.store_id, p.${key}, ${caseOf(web, (p) => p.website!.value)}
        FROM ${spec.prefix}_entity p ${spec.join ?? ''} ${spec.storeJoin} ${attrJoin.replace(codes(mine), codes(web))}
        WHERE ${caseOf(web, (p) => `(${p.where ?? '1=1'}) AND ${draw(p)} < ${p.website!.share}`)}`);
    }

    const store = mine.filter((p) => p.store);
    if (store.length) {
      const draw = (p: ValuePlan) => storeDrawSql(ctx, p.code);
      await run(ctx, target, `INSERT INTO ${target} (attribute_id, store_id, ${key}, value)
        SELECT STRAIGHT_JOIN a.attribute_id, st.store_id, p.${key},
          ${caseOf(store, (p) => `IF(${draw(p)} < ${p.store!.share}, ${p.store!.value}, NULL)`)}
        FROM ${spec.prefix}_entity p ${spec.join ?? ''} ${spec.storeJoin} ${attrJoin.replace(codes(mine), codes(store))}
        WHERE ${caseOf(store, (p) => `(${p.where ?? '1=1'}) AND ${draw(p)} < ${p.store!.share + (p.store!.nullShare ?? 0)}`)}`);
    }
  }
}
