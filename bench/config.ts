/**
 * What the benchmark measures: the Magento source tables each magemig pipeline reads. The raw pipe and
 * pgloader copy exactly these tables, so the three numbers of a row describe the same input.
 * Keep a service's list in step with its extractors (sql/source/**, extractors/**, services/<name>/import): a table
 * the pipeline reads but the list lacks makes magemig look slower than it is, and the reverse faster.
 */

export const PROFILES = ['tiny', 'small', 'medium', 'large', 'xlarge'] as const;
export type Profile = (typeof PROFILES)[number];

/** The generated source database of a profile (in the local MariaDB), reused while its seed info matches. */
export function sourceDatabaseName(profile: string, edition: string, seed: number): string {
  return `magemig_bench_${profile}${edition === 'commerce' ? '_ee' : ''}${seed === DEFAULT_SEED ? '' : `_s${seed}`}`;
}

export const DEFAULT_SEED = 42;

const STORE_TREE = ['store_website', 'store_group', 'store'];
const EAV_META = [
  'eav_entity_type',
  'eav_attribute',
  'eav_attribute_set',
  'eav_attribute_group',
  'eav_entity_attribute',
  'eav_attribute_label',
  'eav_attribute_option',
  'eav_attribute_option_value',
  'eav_attribute_option_swatch',
];
const EAV_SUFFIXES = ['datetime', 'decimal', 'int', 'text', 'varchar'];
const eavTables = (entityTable: string): string[] => [entityTable, ...EAV_SUFFIXES.map((s) => `${entityTable}_${s}`)];

/**
 * Source tables per service, in the order the raw pipe copies them. A table missing from a given source
 * (MSI tables on a store without MSI, say) is skipped and listed in the output.
 */
export const SERVICE_TABLES: Record<string, string[]> = {
  catalog: [
    ...STORE_TREE,
    ...EAV_META,
    'catalog_eav_attribute',
    ...eavTables('catalog_category_entity'),
    ...eavTables('catalog_product_entity'),
    'catalog_product_website',
    'catalog_category_product',
    'catalog_product_entity_media_gallery',
    'catalog_product_entity_media_gallery_value',
    'catalog_product_entity_media_gallery_value_to_entity',
    'catalog_product_entity_media_gallery_value_video',
    'catalog_product_super_attribute',
    'catalog_product_super_attribute_label',
    'catalog_product_super_link',
    'catalog_product_link_type',
    'catalog_product_link_attribute',
    'catalog_product_link',
    'catalog_product_link_attribute_decimal',
    'catalog_product_link_attribute_int',
    'catalog_product_bundle_option',
    'catalog_product_bundle_option_value',
    'catalog_product_bundle_selection',
    'downloadable_link',
    'downloadable_link_price',
    'downloadable_link_title',
    'downloadable_sample',
    'downloadable_sample_title',
    'catalog_product_option',
    'catalog_product_option_price',
    'catalog_product_option_title',
    'catalog_product_option_type_value',
    'catalog_product_option_type_price',
    'catalog_product_option_type_title',
  ],
  pricing: [
    ...STORE_TREE,
    'eav_attribute',
    'catalog_eav_attribute',
    'customer_group',
    'catalog_product_entity',
    'catalog_product_entity_decimal',
    'catalog_product_entity_datetime',
    'catalog_product_entity_tier_price',
    'catalog_product_bundle_selection_price',
    'downloadable_link_price',
    'catalog_product_option_price',
    'catalog_product_option_type_price',
  ],
  warehouse: [
    'store_website',
    'catalog_product_entity',
    'cataloginventory_stock',
    'cataloginventory_stock_item',
    'cataloginventory_stock_status',
    'inventory_source',
    'inventory_stock',
    'inventory_source_stock_link',
    'inventory_source_item',
  ],
  customer: [
    ...STORE_TREE,
    'eav_entity_type',
    'eav_attribute',
    'eav_attribute_option',
    'eav_attribute_option_value',
    'customer_eav_attribute',
    'customer_eav_attribute_website',
    'customer_group',
    ...eavTables('customer_entity'),
    ...eavTables('customer_address_entity'),
  ],
  order: [
    ...STORE_TREE,
    'sales_order_status',
    'sales_order_status_state',
    'sales_order',
    'sales_order_item',
    'sales_order_address',
    'sales_order_payment',
    'sales_order_status_history',
    'sales_invoice',
    'sales_invoice_item',
    'sales_shipment',
    'sales_shipment_item',
    'sales_shipment_track',
    'sales_creditmemo',
    'sales_creditmemo_item',
  ],
  promotion: ['store_website', 'customer_group', 'salesrule', 'salesrule_website', 'salesrule_customer_group', 'salesrule_label', 'salesrule_coupon'],
  review: [
    'store',
    'review_entity',
    'review_status',
    'review',
    'review_detail',
    'review_store',
    'rating_entity',
    'rating',
    'rating_option',
    'rating_store',
    'rating_title',
    'rating_option_vote',
  ],
};

export const SERVICES = Object.keys(SERVICE_TABLES);

/** The name of the "whole migrate" row. */
export const ALL = 'all';

/** Tables of several services, each once, in first-seen order. */
export function unionTables(services: string[]): string[] {
  const seen = new Set<string>();
  for (const s of services) for (const t of SERVICE_TABLES[s] ?? []) seen.add(t);
  return [...seen];
}

/** Target databases the benchmark owns on the Postgres server (dropped and recreated freely). */
export const PG_RAW_DB = 'magemig_bench_raw';
export const PG_PGLOADER_DB = 'magemig_bench_pgloader';
/** magemig's --db-prefix for a pipeline's run: every database under it is dropped before each run. */
export function magemigPrefix(pipeline: string): string {
  return `magemig_bench_mm_${pipeline}`;
}
