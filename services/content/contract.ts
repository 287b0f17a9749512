/**
 * What an import writes into the content service: store views, CMS pages and blocks with their store
 * links, and the resolved redirect map. Checked against migrations/ by test/architecture/contracts.test.ts.
 */
import { contractOf, table } from '../kit/index.ts';

export const store = table('store', ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'is_active'], ['id']);

export const cmsPage = table('cms_page', [
  'id', 'magento_id', 'row_id', 'created_in', 'updated_in', 'identifier', 'title', 'page_layout', 'meta_title', 'meta_keywords', 'meta_description',
  'content_heading', 'content', 'active', 'sort_order', 'layout_update_xml', 'custom_theme', 'custom_root_template', 'custom_layout_update_xml',
  'layout_update_selected', 'custom_theme_from', 'custom_theme_to', 'created_at', 'updated_at',
], ['id']);
export const cmsPageStore = table('cms_page_store', ['page_id', 'store_magento_id'], ['page_id', 'store_magento_id']);

export const cmsBlock = table('cms_block', ['id', 'magento_id', 'row_id', 'created_in', 'updated_in', 'identifier', 'title', 'content', 'active', 'created_at', 'updated_at'], ['id']);
export const cmsBlockStore = table('cms_block_store', ['block_id', 'store_magento_id'], ['block_id', 'store_magento_id']);

export const urlRedirect = table('url_redirect', [
  'magento_id', 'store_magento_id', 'request_path', 'lookup_key', 'redirect_type', 'source_entity_type', 'target_type', 'target_id',
  'target_magento_id', 'target_path', 'category_id', 'category_magento_id', 'hops',
], ['magento_id']);

export const contentContract = contractOf(store, cmsPage, cmsPageStore, cmsBlock, cmsBlockStore, urlRedirect);
