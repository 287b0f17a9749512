/**
 * What a product owns besides attribute values: custom options and their values, configurable super
 * attributes, bundle options, downloadable links and samples. Each keeps its default (store 0) title on its
 * row; store views' own titles go to product_store_title. Rows of stores that no longer exist are ignored and
 * counted (titles.orphan_store_rows). A super attribute whose attribute is gone is rejected (DANGLING_REFERENCE).
 * Prices found here (option, option value, link prices) belong to the pricing service: counted, not stored.
 */
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import type { TableContract } from '../../services/kit/index.ts';
import type { ProductChildren, Row } from '../../sql/source/catalog/index.ts';
import type { EavAttributeCatalog } from '../eav/types.ts';
import { cachedUuid, num, str, type PageProduct, type ProductPageContext } from './product-context.ts';

type TitleKind = 'option' | 'option_value' | 'bundle_option' | 'downloadable_link' | 'downloadable_sample' | 'super_attribute';

interface Owned {
  row: unknown[];
  /** index of the title column in row */
  titleAt: number;
  p: PageProduct;
}

/**
 * Adds the rows of one owned table; returns them by Magento id so their titles can be attached.
 */
function owned(
  ctx: ProductPageContext,
  rows: Row[],
  idColumn: string,
  uuidType: string,
  contract: TableContract,
  build: (r: Row, id: string, p: PageProduct) => unknown[],
): Map<number, Owned> {
  const out = new Map<number, Owned>();
  if (rows.length === 0) return out;
  const target = ctx.table(contract);
  // The default title's column: "title", or "label" for super attributes.
  const titleAt = Math.max(contract.columns.indexOf('title'), contract.columns.indexOf('label'));
  for (const r of rows) {
    const p = ctx.owners.get(Number(r.owner));
    if (!p) continue;
    const magentoId = Number(r[idColumn]);
    const row = build(r, entityUuid(uuidType, magentoId), p);
    target.push(row);
    out.set(magentoId, { row, titleAt, p });
  }
  return out;
}

/** Store 0 titles go on the owned row; others to product_store_title. */
function titles(ctx: ProductPageContext, rows: Row[], idColumn: string, valueColumn: string, kind: TitleKind, items: Map<number, Owned>): void {
  if (rows.length === 0 || items.size === 0) return;
  const target = ctx.table(c.product_store_title);
  for (const r of rows) {
    const item = items.get(Number(r[idColumn]));
    if (!item) continue;
    const title = str(r[valueColumn]);
    const storeId = Number(r.store_id);
    if (storeId === 0) {
      item.row[item.titleAt] = title;
      continue;
    }
    if (title === null) continue;
    const storeUuid = ctx.storeUuid(storeId);
    if (!storeUuid) {
      ctx.count('titles.orphan_store_rows');
      continue;
    }
    target.push([item.row[0], storeUuid, item.p.id, kind, title]);
  }
}

export function transformTypeData(extra: ProductChildren, ctx: ProductPageContext, attributes: EavAttributeCatalog): void {
  // Custom options.
  const options = owned(ctx, extra.options, 'option_id', 'product_option', c.product_option,
    (r, id, p) => [id, p.id, Number(r.option_id), str(r.type), Number(r.is_require) > 0, str(r.sku), num(r.max_characters), str(r.file_extension),
      num(r.image_size_x), num(r.image_size_y), Number(r.sort_order ?? 0), null]);
  titles(ctx, extra.optionTitles, 'option_id', 'title', 'option', options);
  const optionValueRows = extra.optionValues.filter((r) => options.has(Number(r.option_id)));
  const values = owned(ctx, optionValueRows, 'option_type_id', 'product_option_value', c.product_option_value,
    (r, id, p) => [id, options.get(Number(r.option_id))!.row[0], p.id, Number(r.option_type_id), str(r.sku), Number(r.sort_order ?? 0), null]);
  titles(ctx, extra.optionValueTitles, 'option_type_id', 'title', 'option_value', values);

  // Configurable super attributes; use_default = 1 means "the attribute's own label".
  const superRows: Row[] = [];
  for (const r of extra.superAttributes) {
    const p = ctx.owners.get(Number(r.owner));
    if (!p) continue;
    if (!attributes.byId[Number(r.attribute_id)]) {
      ctx.rejects.push({ sourceKey: `product_super_attribute_id=${Number(r.product_super_attribute_id)}`, reason: 'DANGLING_REFERENCE', detail: `no attribute ${Number(r.attribute_id)}` });
      continue;
    }
    superRows.push(r);
  }
  const supers = owned(ctx, superRows, 'product_super_attribute_id', 'product_super_attribute', c.product_super_attribute,
    (r, id, p) => [id, p.id, Number(r.product_super_attribute_id), cachedUuid('attribute', Number(r.attribute_id)),
      attributes.byId[Number(r.attribute_id)]!.code, Number(r.position ?? 0), null]);
  titles(ctx, extra.superAttributeLabels.filter((l) => !Number(l.use_default)), 'product_super_attribute_id', 'value', 'super_attribute', supers);

  // Bundle options (their selections are relations: product_relations).
  const bundles = owned(ctx, extra.bundleOptions, 'option_id', 'product_bundle_option', c.product_bundle_option,
    (r, id, p) => [id, p.id, Number(r.option_id), Number(r.required) > 0, Number(r.position ?? 0), str(r.type), null]);
  titles(ctx, extra.bundleOptionTitles, 'option_id', 'title', 'bundle_option', bundles);

  // Downloadable links and samples.
  const links = owned(ctx, extra.downloadableLinks, 'link_id', 'product_downloadable_link', c.product_downloadable_link,
    (r, id, p) => [id, p.id, Number(r.link_id), Number(r.sort_order ?? 0), num(r.number_of_downloads), Number(r.is_shareable ?? 0),
      str(r.link_type), str(r.link_url), str(r.link_file), str(r.sample_type), str(r.sample_url), str(r.sample_file), null]);
  titles(ctx, extra.downloadableLinkTitles, 'link_id', 'title', 'downloadable_link', links);
  const samples = owned(ctx, extra.downloadableSamples, 'sample_id', 'product_downloadable_sample', c.product_downloadable_sample,
    (r, id, p) => [id, p.id, Number(r.sample_id), Number(r.sort_order ?? 0), str(r.sample_type), str(r.sample_url), str(r.sample_file), null]);
  titles(ctx, extra.downloadableSampleTitles, 'sample_id', 'title', 'downloadable_sample', samples);

  // The pricing seam: read, counted, left for the pricing service.
  const priced = (rows: Row[]) => rows.filter((r) => ctx.owners.has(Number(r.owner))).length;
  const deferredRows = priced(extra.optionPrices) + priced(extra.optionValuePrices) + priced(extra.downloadableLinkPrices);
  if (deferredRows) ctx.count('products.deferred_price_rows', deferredRows);
}
