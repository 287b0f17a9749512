/**
 * One page of product relations -> product_link, product_grouped_item, product_configurable_child,
 * product_bundle_selection (services/catalog/migrations/014). Pure.
 *
 * A relation loads when both ends load: the owner is a page product that is not rejected, the far end exists
 * (current version in Commerce) and is not rejected either (NO_SKU, DUPLICATE_SKU, damaged SKU); a bundle
 * selection also needs its option. Otherwise the relation is rejected: DANGLING_REFERENCE, keyed by its
 * Magento id (link_id=, super_link_id=, selection_id=).
 * Magento link type codes: relation -> related, up_sell -> upsell, cross_sell -> crosssell, super -> grouped item.
 */
import type { Mapped, Reject, TableRows } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import type { ProductRow, RelationChildren } from '../../sql/source/catalog/index.ts';
import { productRejectReason, type SkuVerdicts } from './product-verdicts.ts';

/** A keyset page of owner products with their relations (pipeline/catalog/product-relations.ts reads it). */
export interface RelationPage {
  rows: ProductRow[];
  children: RelationChildren;
}

const LINK_TYPES: Record<string, string> = { relation: 'related', up_sell: 'upsell', cross_sell: 'crosssell' };

export function transformRelationPage(page: RelationPage, verdicts: SkuVerdicts, staged: boolean): Mapped {
  const rejects: Reject[] = [];
  const { links, superLinks, bundleSelections, bundleOptions, targets } = page.children;
  const tables: Record<string, TableRows> = {
    product_link: { columns: c.product_link.columns, rows: [] },
    product_grouped_item: { columns: c.product_grouped_item.columns, rows: [] },
    product_configurable_child: { columns: c.product_configurable_child.columns, rows: [] },
    product_bundle_selection: { columns: c.product_bundle_selection.columns, rows: [] },
  };
  // Owners: page key -> product UUID when it loads, or why it does not.
  const owners = new Map<number, { id: string | null; why: string }>();
  for (const o of page.rows) {
    const verdict = productRejectReason(o.entity_id, o.sku, verdicts);
    owners.set(o.row_key, verdict ? { id: null, why: `product entity_id=${o.entity_id} is rejected (${verdict.reason})` } : { id: entityUuid('product', o.entity_id), why: '' });
  }
  const farEnd = (entityId: number): { id: string | null; why: string } => {
    if (!targets.has(entityId)) return { id: null, why: `no product entity_id=${entityId}${staged ? ' (current version)' : ''}` };
    const verdict = productRejectReason(entityId, targets.get(entityId) ?? null, verdicts);
    return verdict ? { id: null, why: `product entity_id=${entityId} is rejected (${verdict.reason})` } : { id: entityUuid('product', entityId), why: '' };
  };
  let sourceRows = 0;
  let loaded = 0;
  const relate = (key: string, ownerKey: number, farId: number, add: (owner: string, far: string) => void, extraCheck?: () => string | null): void => {
    const owner = owners.get(ownerKey);
    if (!owner) return; // another version's row (Commerce) or a deleted owner inside the key range: not counted at the source either
    sourceRows++;
    const far = farEnd(farId);
    const why = owner.id === null ? owner.why : far.id === null ? far.why : (extraCheck?.() ?? null);
    if (why) {
      rejects.push({ sourceKey: key, reason: 'DANGLING_REFERENCE', detail: why });
      return;
    }
    add(owner.id as string, far.id as string);
    loaded++;
  };

  for (const r of links) {
    const code = r.link_type === null || r.link_type === undefined ? `type_${String(r.link_type_id ?? 'unknown')}` : String(r.link_type);
    const position = r.position === null || r.position === undefined ? null : Number(r.position);
    relate(`link_id=${Number(r.link_id)}`, Number(r.owner), Number(r.linked_product_id), (owner, far) => {
      const linkId = Number(r.link_id);
      if (code === 'super') tables.product_grouped_item.rows.push([owner, far, position, r.qty === null || r.qty === undefined ? null : String(r.qty), linkId]);
      else tables.product_link.rows.push([owner, LINK_TYPES[code] ?? code, far, position, linkId]);
    });
  }
  for (const r of superLinks) {
    relate(`super_link_id=${Number(r.link_id)}`, Number(r.owner), Number(r.child_id), (owner, far) =>
      tables.product_configurable_child.rows.push([owner, far, Number(r.link_id)]));
  }
  const optionOwner = new Map<number, number>();
  for (const o of bundleOptions) optionOwner.set(Number(o.option_id), Number(o.owner));
  for (const r of bundleSelections) {
    const optionId = Number(r.option_id);
    relate(
      `selection_id=${Number(r.selection_id)}`,
      Number(r.owner),
      Number(r.child_id),
      (owner, far) =>
        tables.product_bundle_selection.rows.push([
          entityUuid('product_bundle_selection', Number(r.selection_id)), entityUuid('product_bundle_option', optionId), owner, far,
          Number(r.selection_id), Number(r.position ?? 0), Number(r.is_default) > 0,
          r.selection_qty === null || r.selection_qty === undefined ? null : String(r.selection_qty), Number(r.selection_can_change_qty) > 0,
        ]),
      () => (optionOwner.get(optionId) === Number(r.owner) ? null : `no bundle option ${optionId} on its product`),
    );
  }
  for (const name of Object.keys(tables)) if (tables[name].rows.length === 0) delete tables[name];
  return { sourceRows, loadedRows: loaded, tables, rejects, stats: { 'relations.dangling': rejects.length } };
}
