/**
 * Products: keyset pages of catalog_product_entity (row_id of the current versions in Adobe Commerce) with
 * their EAV values and every table hanging off a product (websites, categories, media, custom options, super
 * attributes, bundle options, downloadable links and samples), mapped by transforms/catalog/product.ts.
 * Prices in those tables (option, link prices) are read for the pricing service; the catalog leaves them out.
 * Owner columns hold the product key (entity_id, or row_id in Commerce: one copy per version); owner rows are
 * read by the page's key range and kept for the page's current keys by the transform.
 */
import { readRows } from '../../extractors/query.ts';
import { catalogParams, catalogVars } from '../../extractors/catalog/sql-vars.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { catalogContract as c, productDocuments } from '../../services/catalog/index.ts';
import { entityUuid } from '../../core/ids.ts';
import * as q from '../../sql/source/catalog/index.ts';
import type { ProductChildren, ProductRow } from '../../sql/source/catalog/index.ts';
import { deferredAttributes } from '../../transforms/catalog/product-attribute-routing.ts';
import { transformProductPage, type ProductTransformInput } from '../../transforms/catalog/product.ts';
import { declaredEntity } from '../declared-entity.ts';
import { documentLookupsOf } from './document-lookups.ts';
import { ATTRIBUTE_READS, attributeCatalogOf, catalogScopesOf, SKU_VERDICT_READS, skuVerdictsOf, STORE_TREE_READS } from './lookups.ts';

/** Products per batch at most: each also yields its values, media, options... rows. */
const MAX_PRODUCTS_PER_BATCH = 1500;
const SAMPLES_PER_BATCH = 2;

const range = (query: (typeof q)['productMedia']) => ({ query, by: 'range' as const });
const byEntity = (r: ProductRow): number => Number(r.entity_id);

async function productContext(src: SourceContext): Promise<ProductTransformInput> {
  const attributes = await attributeCatalogOf(src, 'catalog_product');
  const { stores, websites } = await catalogScopesOf(src);
  return {
    attributes, stores, websites,
    verdicts: await skuVerdictsOf(src),
    nullPolicy: src.options.nullPolicy,
    staged: src.edition === 'commerce',
    deferred: deferredAttributes(attributes),
    sampleCount: SAMPLES_PER_BATCH,
    documents: await documentLookupsOf(src),
  };
}

export const productKey = (src: SourceContext) => ({ columns: [src.edition === 'commerce' ? 'p.row_id' : 'p.entity_id'], of: (r: ProductRow) => Number(r.row_key) });

export const catalogProducts = declaredEntity<ProductRow, ProductTransformInput, ProductChildren>('catalog', {
  entity: 'products',
  page: q.productPage,
  key: productKey,
  count: q.productCount,
  bounds: q.productBounds,
  eav: 'catalog_product',
  maxBatch: MAX_PRODUCTS_PER_BATCH,
  // One for pages and the tables hanging off them, two for the value tables: a page's reads run in parallel
  // on the server while the previous page is transformed.
  connections: 3,
  children: {
    // Website and category assignments are entity_id-keyed in both editions.
    websites: { query: q.productWebsites, by: byEntity },
    categories: { query: q.productCategories, by: byEntity },
    media: range(q.productMedia),
    mediaValues: range(q.productMediaValues),
    options: range(q.productOptions),
    optionTitles: range(q.productOptionTitles),
    optionPrices: range(q.productOptionPrices),
    optionValues: range(q.productOptionValues),
    optionValueTitles: range(q.productOptionValueTitles),
    optionValuePrices: range(q.productOptionValuePrices),
    superAttributes: range(q.productSuperAttributes),
    superAttributeLabels: range(q.productSuperAttributeLabels),
    bundleOptions: range(q.productBundleOptions),
    bundleOptionTitles: range(q.productBundleOptionTitles),
    downloadableLinks: range(q.productDownloadableLinks),
    downloadableLinkTitles: range(q.productDownloadableLinkTitles),
    downloadableLinkPrices: range(q.productDownloadableLinkPrices),
    downloadableSamples: range(q.productDownloadableSamples),
    downloadableSampleTitles: range(q.productDownloadableSampleTitles),
  },
  enrich: {
    reads: [q.productMediaVideos],
    async run(conn, page, src) {
      const videoIds = page.children.media.filter((m) => m.media_type !== 'image').map((m) => m.value_id);
      return { mediaVideos: videoIds.length ? await readRows(conn, q.productMediaVideos, { ids: videoIds }, catalogVars(src)) : [] };
    },
  },
  lookups: [...STORE_TREE_READS, ...ATTRIBUTE_READS, ...SKU_VERDICT_READS],
  prepare: productContext,
  params: (src) => catalogParams(src),
  vars: (src) => catalogVars(src),
  map: (page, ctx) => transformProductPage(page, ctx),
  thread: { module: new URL(import.meta.url), export: 'catalogProducts' },
  writes: [
    c.product, c.product_website_attributes, c.product_store_attributes, c.product_website, c.product_category, c.product_media,
    c.product_media_store, c.product_option, c.product_option_value, c.product_store_title, c.product_super_attribute,
    c.product_bundle_option, c.product_downloadable_link, c.product_downloadable_sample, c.product_document,
  ],
  primaryTable: 'product',
  // The documents of plain products come with the rows (transforms/catalog/product-documents.ts). Rows Postgres
  // refused are not stored as mapped: the page's documents again, from the stored rows.
  projectRefused: (page) => [productDocuments.refresh(page.rows.map((r) => entityUuid('product', r.entity_id)))],
});
