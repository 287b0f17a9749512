/**
 * Product-to-product relations, after every product (both ends must exist when a batch commits): links
 * (related, up-sell, cross-sell, grouped), configurable children (super links), bundle selections, read in
 * keyset pages of their owner products. The far end of every relation is looked up by entity_id (its SKU,
 * current version in Commerce) in one query per page, so the transform can tell a missing or rejected product.
 */
import { readProductSkus } from '../../extractors/catalog/lookups.ts';
import { catalogParams, catalogVars } from '../../extractors/catalog/sql-vars.ts';
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c, productDocuments } from '../../services/catalog/index.ts';
import * as q from '../../sql/source/catalog/index.ts';
import type { ProductRow, RelationChildren } from '../../sql/source/catalog/index.ts';
import type { SkuVerdicts } from '../../transforms/catalog/product-verdicts.ts';
import { documentRelations } from '../../transforms/catalog/product-document-links.ts';
import { transformRelationPage } from '../../transforms/catalog/product-relations.ts';
import { declaredEntity } from '../declared-entity.ts';
import { SKU_VERDICT_READS, skuVerdictsOf } from './lookups.ts';
import { productKey } from './products.ts';

const MAX_OWNERS_PER_BATCH = 1500;

export const catalogProductRelations = declaredEntity<ProductRow, { verdicts: SkuVerdicts; staged: boolean }, RelationChildren>('catalog', {
  entity: 'product_relations',
  page: q.productPage,
  key: productKey,
  count: q.productRelationsCount,
  bounds: q.productBounds,
  maxBatch: MAX_OWNERS_PER_BATCH,
  children: {
    links: { query: q.productLinks, by: 'range' },
    superLinks: { query: q.productSuperLinks, by: 'range' },
    bundleSelections: { query: q.productBundleSelections, by: 'range' },
    bundleOptions: { query: q.productBundleOptions, by: 'range' },
  },
  enrich: {
    reads: [q.productSkus],
    async run(conn, page, src) {
      const far = new Set<number>();
      for (const r of page.children.links) far.add(Number(r.linked_product_id));
      for (const r of page.children.superLinks) far.add(Number(r.child_id));
      for (const r of page.children.bundleSelections) far.add(Number(r.child_id));
      return { targets: await readProductSkus(conn, [...far], catalogParams(src), catalogVars(src)) };
    },
  },
  lookups: SKU_VERDICT_READS,
  prepare: async (src) => ({ verdicts: await skuVerdictsOf(src), staged: src.edition === 'commerce' }),
  params: (src) => catalogParams(src),
  vars: (src) => catalogVars(src),
  map: (page, ctx) => transformRelationPage(page, ctx.verdicts, ctx.staged),
  writes: [c.product_link, c.product_grouped_item, c.product_configurable_child, c.product_bundle_selection],
  // The catalog's product documents: the import wrote those of plain products with their rows (products.ts); here,
  // when the relations (the last of a product's rows) load, the products with links only get their links' text, and
  // Postgres builds the documents of the other products with relations and of those the import left to it.
  project: (page, mapped) => [productDocuments.refreshRelations(
    documentRelations(mapped, page.children.targets),
    page.rows.map((r) => entityUuid('product', r.entity_id)),
  )],
  // Rows Postgres refused are not stored as mapped: the page's documents again, from the stored rows.
  projectRefused: (page) => [productDocuments.refresh(page.rows.map((r) => entityUuid('product', r.entity_id)))],
});
