/**
 * The catalog service's import contract: the tables an import writes and their columns, in the order of the
 * rows' values (schema: migrations/*.sql; what each column means: the migrations' comments and
 * PRODUCTS_SCHEMA.md). Every row carries its Magento key (magento_id) beside its UUID, and store- or
 * website-scoped rows name their store or website.
 */
import { contractOf, table } from '../kit/index.ts';

export const website = table('website', ['id', 'magento_id', 'code', 'name', 'sort_order', 'is_default', 'default_group_id', 'base_currency'], ['id']);
export const storeGroup = table(
  'store_group',
  ['id', 'magento_id', 'website_id', 'code', 'name', 'root_category_id', 'root_category_magento_id', 'default_store_id'],
  ['id'],
);
export const store = table(
  'store',
  ['id', 'magento_id', 'code', 'name', 'website_id', 'group_id', 'sort_order', 'is_active', 'locale', 'base_currency', 'default_display_currency', 'root_category_id'],
  ['id'],
);

export const attribute = table(
  'attribute',
  [
    'id', 'magento_id', 'entity_type', 'code', 'backend_type', 'frontend_input', 'label', 'scope', 'is_required', 'is_unique',
    'is_user_defined', 'default_value', 'note', 'source_model', 'backend_model', 'frontend_model', 'frontend_class',
    'is_visible', 'is_searchable', 'is_filterable', 'is_comparable', 'is_visible_on_front', 'is_html_allowed_on_front',
    'is_filterable_in_search', 'used_in_product_listing', 'used_for_sort_by', 'is_wysiwyg_enabled', 'apply_to', 'position',
    'swatch_input_type', 'additional_data',
  ],
  ['id'],
);
export const attributeLabel = table('attribute_label', ['attribute_id', 'store_id', 'label'], ['attribute_id', 'store_id']);
export const attributeOption = table('attribute_option', ['id', 'magento_id', 'attribute_id', 'sort_order', 'label', 'swatch_type', 'swatch_value'], ['id']);
export const attributeOptionLabel = table('attribute_option_label', ['option_id', 'store_id', 'label'], ['option_id', 'store_id']);
export const attributeOptionSwatch = table('attribute_option_swatch', ['option_id', 'store_id', 'swatch_type', 'swatch_value'], ['option_id', 'store_id']);
/** Labels of the values of source-model attributes (status, visibility, tax class...): no eav_attribute_option rows. */
export const attributeSourceOption = table('attribute_source_option', ['attribute_id', 'value', 'label', 'sort_order'], ['attribute_id', 'value']);

export const attributeSet = table('attribute_set', ['id', 'magento_id', 'entity_type', 'name', 'sort_order', 'is_default'], ['id']);
export const attributeGroup = table(
  'attribute_group',
  ['id', 'magento_id', 'attribute_set_id', 'name', 'code', 'tab_group_code', 'sort_order', 'is_default'],
  ['id'],
);
export const attributeSetAttribute = table(
  'attribute_set_attribute',
  ['attribute_set_id', 'attribute_group_id', 'attribute_id', 'sort_order'],
  ['attribute_set_id', 'attribute_id'],
);

export const category = table(
  'category',
  [
    'id', 'magento_id', 'parent_id', 'parent_magento_id', 'path', 'level', 'position', 'children_count', 'attribute_set_id',
    'created_at', 'updated_at', 'name', 'url_key', 'url_path', 'is_active', 'include_in_menu', 'description', 'attributes',
  ],
  ['id'],
);
export const categoryStore = table(
  'category_store',
  ['category_id', 'store_id', 'name', 'url_key', 'url_path', 'is_active', 'include_in_menu', 'description', 'attributes'],
  ['category_id', 'store_id'],
);

export const product = table(
  'product',
  ['id', 'magento_id', 'sku', 'type', 'attribute_set_id', 'attribute_set_magento_id', 'has_options', 'required_options', 'created_at', 'updated_at', 'attributes'],
  ['id'],
);
export const productWebsiteAttributes = table('product_website_attributes', ['product_id', 'website_id', 'attributes'], ['product_id', 'website_id']);
export const productStoreAttributes = table('product_store_attributes', ['product_id', 'store_id', 'attributes'], ['product_id', 'store_id']);
export const productWebsite = table('product_website', ['product_id', 'website_id'], ['product_id', 'website_id']);
export const productCategory = table('product_category', ['product_id', 'category_id', 'category_magento_id', 'position'], ['product_id', 'category_id']);
export const productMedia = table(
  'product_media',
  ['product_id', 'media_id', 'magento_value_id', 'media_type', 'file', 'label', 'position', 'disabled', 'video'],
  ['product_id', 'media_id'],
);
export const productMediaStore = table(
  'product_media_store',
  ['product_id', 'media_id', 'store_id', 'label', 'position', 'disabled', 'video'],
  ['product_id', 'media_id', 'store_id'],
);
export const productOption = table(
  'product_option',
  ['id', 'product_id', 'magento_id', 'type', 'is_required', 'sku', 'max_characters', 'file_extension', 'image_size_x', 'image_size_y', 'sort_order', 'title'],
  ['id'],
);
export const productOptionValue = table('product_option_value', ['id', 'option_id', 'product_id', 'magento_id', 'sku', 'sort_order', 'title'], ['id']);
export const productStoreTitle = table('product_store_title', ['ref_id', 'store_id', 'product_id', 'kind', 'title'], ['ref_id', 'store_id']);
export const productSuperAttribute = table(
  'product_super_attribute',
  ['id', 'product_id', 'magento_id', 'attribute_id', 'attribute_code', 'position', 'label'],
  ['id'],
);
export const productBundleOption = table('product_bundle_option', ['id', 'product_id', 'magento_id', 'required', 'position', 'type', 'title'], ['id']);
export const productDownloadableLink = table(
  'product_downloadable_link',
  ['id', 'product_id', 'magento_id', 'sort_order', 'number_of_downloads', 'is_shareable', 'link_type', 'link_url', 'link_file', 'sample_type', 'sample_url', 'sample_file', 'title'],
  ['id'],
);
export const productDownloadableSample = table(
  'product_downloadable_sample',
  ['id', 'product_id', 'magento_id', 'sort_order', 'sample_type', 'sample_url', 'sample_file', 'title'],
  ['id'],
);

export const productLink = table('product_link', ['product_id', 'type', 'linked_product_id', 'position', 'magento_id'], ['product_id', 'type', 'linked_product_id']);
export const productGroupedItem = table('product_grouped_item', ['parent_id', 'child_id', 'position', 'qty', 'magento_id'], ['parent_id', 'child_id']);
export const productConfigurableChild = table('product_configurable_child', ['parent_id', 'child_id', 'magento_id'], ['parent_id', 'child_id']);
export const productBundleSelection = table(
  'product_bundle_selection',
  ['id', 'option_id', 'parent_id', 'child_id', 'magento_id', 'position', 'is_default', 'qty', 'can_change_qty'],
  ['id'],
);

/**
 * The read model's rows the import writes itself (the documents of plain products, transforms/catalog/
 * product-documents.ts); Postgres writes the others (read-model.ts).
 */
export const productDocument = table('product_document', ['product_id', 'store_id', 'store_code', 'sku', 'magento_id', 'body'], ['product_id', 'store_id']);

/** Every table of the contract, by table name, in load order. */
export const catalogContract = contractOf(
  website, storeGroup, store, attribute, attributeLabel, attributeOption, attributeOptionLabel, attributeOptionSwatch, attributeSourceOption,
  attributeSet, attributeGroup, attributeSetAttribute, category, categoryStore, product, productWebsiteAttributes, productStoreAttributes,
  productWebsite, productCategory, productMedia, productMediaStore, productOption, productOptionValue, productStoreTitle, productSuperAttribute,
  productBundleOption, productDownloadableLink, productDownloadableSample, productLink, productGroupedItem, productConfigurableChild,
  productBundleSelection, productDocument,
);
