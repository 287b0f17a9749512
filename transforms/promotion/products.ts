/**
 * The catalog facts cart rules test, onto the promotion service's product rows: SKU, type, attribute set,
 * categories (direct, plus every anchor ancestor: Magento\Catalog\Model\ProductCategoryList reads the
 * category product index, where an anchor category holds its descendants' products), weight, and the
 * default-scope values of the attributes used for promo rules (multiselects as lists of option ids). Products
 * the catalog rejects for their SKU are rejected here with the same reasons (transforms/catalog/product-verdicts.ts).
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { promotionContract as c } from '../../services/promotion/index.ts';
import type { SourceProduct, SourceValue } from '../../sql/source/promotion/index.ts';
import { productRejectReason, type SkuVerdicts } from '../catalog/product-verdicts.ts';

export interface PromoAttribute { id: number; code: string; backend: string; input: string }

export interface ProductFactsContext {
  attributes: ReadonlyMap<number, PromoAttribute>;
  /** category id -> itself and its anchor ancestors. */
  categoryClosure: ReadonlyMap<number, readonly number[]>;
  verdicts: SkuVerdicts;
  staged: boolean;
}

export interface ProductChildren {
  categories: Array<{ product_id: number; category_id: number }>;
  int: SourceValue[];
  varchar: SourceValue[];
  decimal: SourceValue[];
  text: SourceValue[];
  datetime: SourceValue[];
}

/** Category path "1/2/5/9" and is_anchor per category -> each category with its anchor ancestors (level >= 1). */
export function buildCategoryClosure(rows: ReadonlyArray<{ entity_id: number; path: string; is_anchor: number | null }>): Map<number, number[]> {
  const anchor = new Map(rows.map((r) => [Number(r.entity_id), Number(r.is_anchor ?? 0) === 1]));
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const ids = String(r.path).split('/').map(Number);
    // The tree root (1, level 0) is in no index; the category itself always counts.
    out.set(Number(r.entity_id), [Number(r.entity_id), ...ids.slice(1, -1).filter((a) => anchor.get(a))]);
  }
  return out;
}

export function mapProductFacts(rows: readonly SourceProduct[], ch: ProductChildren, ctx: ProductFactsContext): Mapped {
  const cats = new Map<number, Set<number>>();
  for (const l of ch.categories) {
    const p = Number(l.product_id);
    let s = cats.get(p);
    if (!s) cats.set(p, (s = new Set()));
    for (const x of ctx.categoryClosure.get(Number(l.category_id)) ?? [Number(l.category_id)]) s.add(x);
  }
  const values = new Map<number, Record<string, unknown>>();
  for (const list of [ch.int, ch.varchar, ch.decimal, ch.text, ch.datetime]) {
    for (const v of list) {
      const a = ctx.attributes.get(Number(v.attribute_id));
      if (!a || v.value === null) continue;
      let rec = values.get(Number(v.k));
      if (!rec) values.set(Number(v.k), (rec = {}));
      rec[a.code] = a.input === 'multiselect' ? String(v.value).split(',').filter(Boolean) : String(v.value);
    }
  }
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const p of rows) {
    const bad = productRejectReason(Number(p.entity_id), p.sku, ctx.verdicts, ctx.staged ? Number(p.k) : undefined);
    if (bad) { rejects.push({ sourceKey: `entity_id=${p.entity_id}`, ...bad }); continue; }
    const attrs = values.get(Number(p.k)) ?? {};
    const weight = typeof attrs.weight === 'string' ? attrs.weight : null;
    delete attrs.weight;
    out.push([
      entityUuid('product', p.entity_id), Number(p.entity_id), p.sku, p.type_id, Number(p.attribute_set_id),
      [...(cats.get(Number(p.entity_id)) ?? [])].sort((a, b) => a - b), weight, attrs,
    ]);
  }
  return { loadedRows: out.length, tables: { [c.product.table]: { columns: c.product.columns, rows: out } }, rejects };
}
