/**
 * The promotion context's lookups (src.memo): promo attributes, the category closure (anchors), the rules
 * and coupons that exist, and the source version's settings.
 */
import { catalogParams, catalogVars } from '../../extractors/catalog/sql-vars.ts';
import { readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { categoryAnchors, couponCodes, couponRules, promoAttributes, sourceVersion } from '../../sql/source/promotion/index.ts';
import { productInput } from '../../transforms/promotion/conditions.ts';
import { couponVerdicts } from '../../transforms/promotion/coupons.ts';
import { buildCategoryClosure, type PromoAttribute } from '../../transforms/promotion/products.ts';
import { versionSettings } from '../../transforms/promotion/rules.ts';

export const ATTRIBUTE_READS = [promoAttributes];
export const RULE_READS = [promoAttributes, sourceVersion];
export const COUPON_READS = [couponRules, couponCodes];

export function promoAttributesOf(src: SourceContext): Promise<Map<number, PromoAttribute>> {
  return src.memo('promotion.attributes', async () => {
    const rows = await readRows(src.conn, promoAttributes);
    return new Map(rows.map((a) => [Number(a.attribute_id), { id: Number(a.attribute_id), code: a.attribute_code, backend: a.backend_type, input: productInput(a.frontend_input) }]));
  });
}

export function categoryClosureOf(src: SourceContext): Promise<Map<number, number[]>> {
  return src.memo('promotion.categoryClosure', async () => buildCategoryClosure(await readRows(src.conn, categoryAnchors, catalogParams(src), catalogVars(src))));
}

export function settingsOf(src: SourceContext): Promise<Array<[string, string | null]>> {
  return src.memo('promotion.settings', async () => {
    const version = src.schema.hasTable('admin_analytics_usage_version_log') ? ((await readRows(src.conn, sourceVersion))[0]?.version ?? null) : null;
    // store_group.code arrived with 2.2: its absence marks a 2.1 schema.
    return versionSettings(version, !src.schema.hasColumn('store_group', 'code'));
  });
}

export function rulesAndCouponsOf(src: SourceContext): Promise<{ rules: Set<number>; coupons: Set<number>; duplicates: Set<number> }> {
  return src.memo('promotion.couponVerdicts', async () => {
    const rules = new Set((await readRows(src.conn, couponRules)).map((r) => Number(r.rule_id)));
    const v = couponVerdicts(await readRows(src.conn, couponCodes), rules);
    return { rules, coupons: v.loaded, duplicates: v.duplicates };
  });
}
