/**
 * Tier and customer-group prices (catalog_product_entity_tier_price) -> tier_price rows. Pure. Rejects:
 * DANGLING_PRODUCT (the product is gone), REJECTED_PRODUCT (the product itself was rejected: no or duplicate
 * SKU), DELETED_CUSTOMER_GROUP (a group-specific price of a group that no longer exists: foreign keys off),
 * DELETED_WEBSITE (a website-specific price of a deleted website).
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { pricingContract as c } from '../../services/pricing/index.ts';
import type { TierPriceRow } from '../../sql/source/pricing/index.ts';
import type { SkuVerdicts } from '../catalog/product-verdicts.ts';

export interface TierPriceInput {
  groups: Set<number>;
  verdicts: SkuVerdicts;
  /** website_id -> base currency (0: the global base currency). */
  currencyOf: Map<number, string>;
}

export function mapTierPricePage(rows: readonly TierPriceRow[], ctx: TierPriceInput): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const t of rows) {
    const sourceKey = `value_id=${t.value_id}`;
    const reject = (reason: string, detail: string) => rejects.push({ sourceKey, reason, detail });
    const entityId = t.entity_id === null ? null : Number(t.entity_id);
    const allGroups = Number(t.all_groups) === 1;
    const website = Number(t.website_id);
    if (entityId === null) reject('DANGLING_PRODUCT', 'the product of this tier price does not exist');
    else if (ctx.verdicts.noSku.has(entityId) || ctx.verdicts.duplicateOf.has(entityId)) reject('REJECTED_PRODUCT', `product entity_id=${entityId} is rejected (its SKU)`);
    else if (!allGroups && !ctx.groups.has(Number(t.customer_group_id))) reject('DELETED_CUSTOMER_GROUP', `customer group ${t.customer_group_id} does not exist`);
    else if (website !== 0 && Number(t.website_exists) !== 1) reject('DELETED_WEBSITE', `website ${website} does not exist`);
    else {
      out.push([
        entityUuid('tier_price', Number(t.value_id)), Number(t.value_id), entityUuid('product', entityId), entityId, website, allGroups,
        allGroups ? 0 : Number(t.customer_group_id), String(t.qty), String(t.value), t.percentage_value === null ? null : String(t.percentage_value),
        ctx.currencyOf.get(website) ?? ctx.currencyOf.get(0),
      ]);
    }
  }
  return { loadedRows: out.length, tables: { tier_price: { columns: c.tier_price.columns, rows: out } }, rejects };
}
