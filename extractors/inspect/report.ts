/**
 * The shape of `magemig inspect --json`: one document, stable field names. The zod schema is the
 * documentation and the check (tests parse the CLI's output with it); InspectReport is its type.
 * A count is null when its table is absent from the source (e.g. MSI removed).
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const maybeCount = count.nullable();

export const storeViewSchema = z.object({
  id: count,
  code: z.string(),
  name: z.string(),
  isActive: z.boolean(),
  sortOrder: z.number().int(),
});

export const storeGroupSchema = z.object({
  id: count,
  code: z.string(),
  name: z.string(),
  rootCategoryId: count,
  /** The root category's admin (store 0) name, null when the category or its name is missing. */
  rootCategoryName: z.string().nullable(),
  defaultStoreId: count,
  stores: z.array(storeViewSchema),
});

export const websiteSchema = z.object({
  id: count,
  code: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  defaultGroupId: count,
  groups: z.array(storeGroupSchema),
});

/** Rows of one entity table. Commerce staging tables hold several row versions per entity. */
export const entityCountSchema = z.object({
  table: z.string(),
  /** Distinct entities (Commerce: distinct entity_id / page_id / block_id); null when the table is absent. */
  count: maybeCount,
  /** Commerce staged tables: all row versions (row_id). Null for unstaged tables and Open Source. */
  rowVersions: maybeCount,
});

export const entityCountsSchema = z.object({
  products: entityCountSchema,
  /** Distinct products per type_id (simple, configurable, ...), largest first. */
  productsByType: z.record(z.string(), count),
  categories: entityCountSchema,
  attributeSets: entityCountSchema,
  customers: entityCountSchema,
  customerAddresses: entityCountSchema,
  orders: entityCountSchema,
  orderItems: entityCountSchema,
  invoices: entityCountSchema,
  shipments: entityCountSchema,
  creditMemos: entityCountSchema,
  reviews: entityCountSchema,
  urlRewrites: entityCountSchema,
  cmsPages: entityCountSchema,
  cmsBlocks: entityCountSchema,
  legacyStockItems: entityCountSchema,
  /** MSI (inventory_source / inventory_source_item): null counts where MSI was removed. */
  msiSources: entityCountSchema,
  msiSourceItems: entityCountSchema,
});

export const attributeCountSchema = z.object({
  entityTypeId: count,
  entityTypeCode: z.string(),
  system: count,
  userDefined: count,
  total: count,
});

export const eavValueTableSchema = z.object({
  entityTypeCode: z.string(),
  table: z.string(),
  backendType: z.string(),
  rows: count,
  /** Rows with store_id <> 0; null for tables without store_id (customer and address values). */
  storeLevelRows: maybeCount,
});

export const anomalyKinds = [
  'zeroDates',
  'nulBytes',
  'orphanAttributeValues',
  'orphanStoreValues',
  'globalStoreValues',
  'productsWithoutSku',
  'duplicateSkuProducts',
  'orphanOrderItems',
] as const;
export type AnomalyKind = (typeof anomalyKinds)[number];

export const anomaliesSchema = z.object({
  /** '0000-00-00' (or zero month/day) in catalog_product_entity_datetime.value and customer_entity.dob. */
  zeroDates: count,
  /** Values holding a NUL byte in catalog_product_entity_varchar/text. */
  nulBytes: count,
  /** Product value rows whose attribute_id is not in eav_attribute (five product value tables). */
  orphanAttributeValues: count,
  /** Product value rows whose store_id is not in store (counted independently of the previous). */
  orphanStoreValues: count,
  /** Product value rows with store_id <> 0 on an attribute with catalog_eav_attribute.is_global = 1. */
  globalStoreValues: count,
  /** Products (distinct entity_id) with a NULL or empty sku. */
  productsWithoutSku: count,
  /** Products beyond the first per sku (distinct entity_id). */
  duplicateSkuProducts: count,
  /** sales_order_item rows whose product_id is set but not in catalog_product_entity.entity_id. */
  orphanOrderItems: count,
  /** Where each non-zero count comes from. */
  breakdown: z.array(z.object({ kind: z.enum(anomalyKinds), table: z.string(), count })),
});

export const versionSchema = z.object({
  /** e.g. "2.4.2-p1"; null when the database does not record it. */
  value: z.string().nullable(),
  source: z.enum(['admin_analytics_usage_version_log', 'none']),
  /** What the schema suggests when value is null (or a note), e.g. ">= 2.4.0 (login_as_customer exists)". */
  hint: z.string().nullable(),
});

export const inspectReportSchema = z.object({
  /** Bump when a field changes meaning or disappears (additions keep the version). */
  formatVersion: z.literal(1),
  source: z.object({ connection: z.string(), database: z.string(), server: z.string() }),
  edition: z.enum(['opensource', 'commerce']),
  version: versionSchema,
  websites: z.array(websiteSchema),
  counts: entityCountsSchema,
  attributes: z.array(attributeCountSchema),
  eavValueTables: z.array(eavValueTableSchema),
  anomalies: anomaliesSchema,
  /** Set when `magemig seed` generated this database (its magemig_seed_info row); null for real stores. */
  generatedBy: z.object({ profile: z.string(), edition: z.string(), seed: z.number().int(), generatorVersion: z.string() }).nullable(),
  /** Optional tables found absent (MSI, version log, sequence_*), for the reader. */
  absentTables: z.array(z.string()),
  /**
   * What `migrate` would read, per service and entity of the registry (pipeline/registry.ts): the source count
   * each declared entity starts from, and the Magento tables it reads. Empty when not asked for.
   */
  migration: z.array(z.object({ service: z.string(), entity: z.string(), source: z.number().int().nonnegative(), tables: z.array(z.string()) })),
  seconds: z.number().nonnegative(),
});

export type InspectReport = z.infer<typeof inspectReportSchema>;
export type Website = z.infer<typeof websiteSchema>;
export type EntityCount = z.infer<typeof entityCountSchema>;
export type EntityCounts = z.infer<typeof entityCountsSchema>;
export type AttributeCount = z.infer<typeof attributeCountSchema>;
export type EavValueTable = z.infer<typeof eavValueTableSchema>;
export type Anomalies = z.infer<typeof anomaliesSchema>;
export type MagentoVersion = z.infer<typeof versionSchema>;
