/**
 * The catalog's read model (migrations/016_product_document.sql): one JSON document per product and store
 * view, built by Postgres from the rows. The import keeps it in step by running these statements in the
 * transaction of each batch whose rows the documents derive from; the product route reads it with one
 * indexed, prepared query.
 */
import type { Statement } from '../../core/batch.ts';
import type { Queryable } from './repository.ts';

export const productDocuments = {
  /** The documents of these products (product UUIDs), in every store view. */
  refresh: (productIds: readonly string[]): Statement => ({ text: 'SELECT refresh_product_documents($1::uuid[])', values: [productIds] }),
  /**
   * After a batch of relations (migrations/020): `linked` get their `links` (017's text) in their plain documents,
   * and Postgres builds again those of the `parents`, of the linked products without a plain document, and of the
   * `page`'s products without any document (the import builds only plain products' documents).
   */
  refreshRelations: (r: { parents: readonly string[]; linked: readonly string[]; links: readonly string[] }, page: readonly string[]): Statement => ({
    text: 'SELECT refresh_product_relations($1::uuid[], $2::uuid[], $3::text[], $4::uuid[])',
    values: [r.parents, r.linked, r.links, page],
  }),
  /** After categories change: the documents of the products in them. */
  refreshForCategories: (categoryIds: readonly string[]): Statement => ({
    text: 'SELECT refresh_product_documents(ARRAY(SELECT DISTINCT product_id FROM product_category WHERE category_id = ANY ($1::uuid[])))',
    values: [categoryIds],
  }),
  /** After stores, attributes or options change: every document already built (none during a first run). */
  refreshBuilt: (): Statement => ({ text: 'SELECT refresh_product_documents(ARRAY(SELECT DISTINCT product_id FROM product_document))', values: [] }),
};

/** The stored answer of GET /catalog/products/{sku}?store= (JSON text), or null. */
export async function productDocument(db: Queryable, sku: string, storeCode: string): Promise<string | null> {
  const { rows } = await db.query<{ body: string }>({
    name: 'catalog-product-document',
    // Magento looks SKUs up case-insensitively (its collation); an exact match wins over a case-folded one.
    text: 'SELECT body FROM product_document WHERE store_code = $2 AND lower(sku) = lower($1) ORDER BY (sku = $1) DESC, magento_id LIMIT 1',
    values: [sku, storeCode],
  });
  return rows[0]?.body ?? null;
}

/** The category tree's read model (migrations/018_category_tree_document.sql): every store view's tree. */
export const categoryTrees = {
  refresh: (): Statement => ({ text: 'SELECT refresh_category_trees()', values: [] }),
};

/** The stored answer of GET /catalog/categories?store= (JSON text), or null (an unknown store, or none built yet). */
export async function categoryTreeDocument(db: Queryable, storeCode: string): Promise<string | null> {
  const { rows } = await db.query<{ body: string }>({
    name: 'catalog-category-tree-document',
    text: 'SELECT body FROM category_tree_document WHERE store_code = $1',
    values: [storeCode],
  });
  return rows[0]?.body ?? null;
}
