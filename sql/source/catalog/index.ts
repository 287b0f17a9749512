/**
 * Typed names of the catalog's source queries (sql/source/catalog/*.sql) and the rows they return.
 *
 * Template vars of the product and category queries (extractors/catalog/sql-vars.ts): {{key}} is the entity
 * table's key (entity_id in Open Source, row_id in Adobe Commerce); {{raw:current}}, {{raw:current_q}},
 * {{raw:current_e}} the "current version" condition on alias p, q, e (Commerce: created_in <= :version AND
 * updated_in > :version; Open Source: nothing).
 */
import { defineQuery } from '../../query.ts';

/** A row as read, for the tables hanging off a product (their transforms read columns by name). */
export type Row = Record<string, unknown>;
export type CountRow = { n: number | string };

// Store tree -----------------------------------------------------------------------------------------------

export interface SourceWebsite {
  website_id: number;
  code: string | null;
  name: string | null;
  sort_order: number;
  default_group_id: number;
  is_default: number | null;
}

export interface SourceStoreGroup {
  group_id: number;
  website_id: number;
  name: string;
  root_category_id: number;
  default_store_id: number;
  /** NULL before Magento 2.2 (the column did not exist). */
  code: string | null;
}

export interface SourceStoreView {
  store_id: number;
  code: string | null;
  website_id: number;
  group_id: number;
  name: string;
  sort_order: number;
  is_active: number;
}

export interface SourceConfigValue {
  scope: string;
  scope_id: number;
  path: string;
  value: string | null;
}

/** The whole store tree as read (extractors/catalog/store-tree.ts). */
export interface SourceStoreTree {
  websites: SourceWebsite[];
  groups: SourceStoreGroup[];
  views: SourceStoreView[];
  config: SourceConfigValue[];
  /** false when core_config_data does not exist (defaults apply). */
  hasConfigTable: boolean;
}

export const storeWebsites = defineQuery<SourceWebsite>('source/catalog/store-websites');
export const storeGroups = defineQuery<SourceStoreGroup>('source/catalog/store-groups');
export const storeViews = defineQuery<SourceStoreView>('source/catalog/store-views');
export const storeConfig = defineQuery<SourceConfigValue>('source/catalog/store-config');
export const websiteKeys = defineQuery<{ website_id: number }>('source/catalog/website-keys');
export const storeGroupKeys = defineQuery<{ group_id: number }>('source/catalog/store-group-keys');
export const storeKeys = defineQuery<{ store_id: number }>('source/catalog/store-keys');

// Attributes and attribute sets ----------------------------------------------------------------------------

export interface SourceAttribute {
  attribute_id: number;
  entity_type_id: number;
  attribute_code: string;
  backend_type: string;
  frontend_input: string | null;
  frontend_label: string | null;
  frontend_class: string | null;
  frontend_model: string | null;
  backend_model: string | null;
  source_model: string | null;
  is_required: number;
  is_user_defined: number;
  default_value: string | null;
  is_unique: number;
  note: string | null;
  /** NULL when catalog_eav_attribute has no row for the attribute. */
  catalog_row: number | null;
  is_global: number | null;
  is_visible: number | null;
  is_searchable: number | null;
  is_filterable: number | null;
  is_comparable: number | null;
  is_visible_on_front: number | null;
  is_html_allowed_on_front: number | null;
  is_filterable_in_search: number | null;
  used_in_product_listing: number | null;
  used_for_sort_by: number | null;
  is_wysiwyg_enabled: number | null;
  apply_to: string | null;
  position: number | null;
  additional_data: string | null;
}

export interface SourceAttributeLabel { attribute_id: number; store_id: number; value: string | null }
export interface SourceOption { option_id: number; attribute_id: number; sort_order: number }
export interface SourceOptionValue { option_id: number; store_id: number; value: string | null }
export interface SourceOptionSwatch { option_id: number; store_id: number; type: number; value: string | null }
export interface SourceTaxClass { class_id: number; class_name: string }
export interface SourceTheme { theme_id: number; theme_title: string | null }

export interface SourceAttributeSet { attribute_set_id: number; entity_type_id: number; attribute_set_name: string | null; sort_order: number }
export interface SourceAttributeGroup {
  attribute_group_id: number;
  attribute_set_id: number;
  attribute_group_name: string | null;
  sort_order: number;
  default_id: number | null;
  /** Absent before Magento 2.1. */
  attribute_group_code?: string | null;
  tab_group_code?: string | null;
}
export interface SourceSetAttribute { attribute_set_id: number; attribute_group_id: number; attribute_id: number; sort_order: number }

export const attributeEntityTypes = defineQuery<{ entity_type_id: number; entity_type_code: string; default_attribute_set_id: number }>(
  'source/catalog/attribute-entity-types',
);
export const attributeCount = defineQuery<CountRow>('source/catalog/attribute-count');
export const attributes = defineQuery<SourceAttribute>('source/catalog/attributes');
export const attributeLabels = defineQuery<SourceAttributeLabel>('source/catalog/attribute-labels');
export const attributeOptions = defineQuery<SourceOption>('source/catalog/attribute-options');
export const attributeOptionValues = defineQuery<SourceOptionValue>('source/catalog/attribute-option-values');
export const attributeOptionSwatches = defineQuery<SourceOptionSwatch>('source/catalog/attribute-option-swatches');
export const attributeTaxClasses = defineQuery<SourceTaxClass>('source/catalog/attribute-tax-classes');
export const attributeThemes = defineQuery<SourceTheme>('source/catalog/attribute-themes');
export const attributeCountries = defineQuery<{ country_id: string }>('source/catalog/attribute-countries');
export const attributeIndex = defineQuery<{ attribute_id: number; entity_type_id: number }>('source/catalog/attribute-index');
export const attributeSetCount = defineQuery<CountRow>('source/catalog/attribute-set-count');
export const attributeSets = defineQuery<SourceAttributeSet>('source/catalog/attribute-sets');
export const attributeGroups = defineQuery<SourceAttributeGroup>('source/catalog/attribute-groups');
export const attributeSetAttributes = defineQuery<SourceSetAttribute>('source/catalog/attribute-set-attributes');

// Categories -----------------------------------------------------------------------------------------------

export interface CategorySkeletonRow { entity_id: number; parent_id: number; path: string; level: number }

export interface SourceCategory {
  /** The value tables' key: entity_id (Open Source) or row_id (Commerce). */
  k: number;
  entity_id: number;
  attribute_set_id: number;
  parent_id: number;
  path: string;
  position: number;
  level: number;
  children_count: number;
  created_at: string | null;
  updated_at: string | null;
}

export const categoryCount = defineQuery<CountRow>('source/catalog/category-count');
export const categoryPage = defineQuery<SourceCategory>('source/catalog/category-page');
export const categorySkeleton = defineQuery<CategorySkeletonRow>('source/catalog/category-skeleton');
export const categoryOverlappingVersions = defineQuery<{ row_id: number; entity_id: number }>('source/catalog/category-overlapping-versions');

// Products -------------------------------------------------------------------------------------------------

export interface ProductRow {
  /** entity_id (Open Source) or row_id (Commerce): the page key. */
  row_key: number;
  entity_id: number;
  attribute_set_id: number;
  type_id: string;
  sku: string | null;
  has_options: number;
  required_options: number;
  created_at: string | null;
  updated_at: string | null;
}

export const productCount = defineQuery<CountRow>('source/catalog/product-count');
export const productPage = defineQuery<ProductRow>('source/catalog/product-page');
export const productNoSku = defineQuery<{ entity_id: number }>('source/catalog/product-no-sku');
export const productDuplicateSkus = defineQuery<{ entity_id: number; winner: number }>('source/catalog/product-duplicate-skus');
export const productOverlappingVersions = defineQuery<{ row_id: number }>('source/catalog/product-overlapping-versions');
export const productSkus = defineQuery<{ entity_id: number; sku: string | null }>('source/catalog/product-skus');
export const productWebsites = defineQuery<Row>('source/catalog/product-websites');
export const productCategories = defineQuery<Row>('source/catalog/product-categories');
export const productMedia = defineQuery<Row>('source/catalog/product-media');
export const productMediaValues = defineQuery<Row>('source/catalog/product-media-values');
export const productMediaVideos = defineQuery<Row>('source/catalog/product-media-videos');
export const productOptions = defineQuery<Row>('source/catalog/product-options');
export const productOptionTitles = defineQuery<Row>('source/catalog/product-option-titles');
export const productOptionPrices = defineQuery<Row>('source/catalog/product-option-prices');
export const productOptionValues = defineQuery<Row>('source/catalog/product-option-values');
export const productOptionValueTitles = defineQuery<Row>('source/catalog/product-option-value-titles');
export const productOptionValuePrices = defineQuery<Row>('source/catalog/product-option-value-prices');
export const productSuperAttributes = defineQuery<Row>('source/catalog/product-super-attributes');
export const productSuperAttributeLabels = defineQuery<Row>('source/catalog/product-super-attribute-labels');
export const productBundleOptions = defineQuery<Row>('source/catalog/product-bundle-options');
export const productBundleOptionTitles = defineQuery<Row>('source/catalog/product-bundle-option-titles');
export const productDownloadableLinks = defineQuery<Row>('source/catalog/product-downloadable-links');
export const productDownloadableLinkTitles = defineQuery<Row>('source/catalog/product-downloadable-link-titles');
export const productDownloadableLinkPrices = defineQuery<Row>('source/catalog/product-downloadable-link-prices');
export const productDownloadableSamples = defineQuery<Row>('source/catalog/product-downloadable-samples');
export const productDownloadableSampleTitles = defineQuery<Row>('source/catalog/product-downloadable-sample-titles');

/** What a product page carries besides its rows: every table hanging off the page's products. */
export interface ProductChildren {
  websites: Row[];
  categories: Row[];
  media: Row[];
  mediaValues: Row[];
  mediaVideos: Row[];
  options: Row[];
  optionTitles: Row[];
  optionPrices: Row[];
  optionValues: Row[];
  optionValueTitles: Row[];
  optionValuePrices: Row[];
  superAttributes: Row[];
  superAttributeLabels: Row[];
  bundleOptions: Row[];
  bundleOptionTitles: Row[];
  downloadableLinks: Row[];
  downloadableLinkTitles: Row[];
  downloadableLinkPrices: Row[];
  downloadableSamples: Row[];
  downloadableSampleTitles: Row[];
}

// Product relations ----------------------------------------------------------------------------------------

export const productRelationsCount = defineQuery<CountRow>('source/catalog/product-relations-count');
export const productLinks = defineQuery<Row>('source/catalog/product-links');
export const productSuperLinks = defineQuery<Row>('source/catalog/product-super-links');
export const productBundleSelections = defineQuery<Row>('source/catalog/product-bundle-selections');

/** What a relations page carries: the relations of its owner products, and the far ends' SKUs. */
export interface RelationChildren {
  links: Row[];
  superLinks: Row[];
  bundleSelections: Row[];
  /** Bundle option ids the page's owners have (a selection of another option is dangling). */
  bundleOptions: Row[];
  /** entity_id -> SKU of every far end; absent: no such product. */
  targets: Map<number, string | null>;
}

/** What the SKU verdict queries (product-no-sku, product-duplicate-skus, product-overlapping-versions) return together. */
export interface SkuVerdictRows {
  noSku: number[];
  duplicates: Array<{ entity_id: number; winner: number }>;
  overlappingRows: number[];
}

export type BoundsRow = { lo: number | string | null; hi: number | string | null };
export const productBounds = defineQuery<BoundsRow>('source/catalog/product-bounds');
export const categoryBounds = defineQuery<BoundsRow>('source/catalog/category-bounds');
