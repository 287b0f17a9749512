/**
 * Typed names of the content context's source queries (sql/source/content/*.sql) and their rows.
 * CMS queries take the catalog's template vars (extractors/catalog/sql-vars.ts) with {{key}} set to the
 * entity's own key (page_id / block_id in Open Source, row_id in Adobe Commerce).
 */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number };

/** A store view with its website (the same shape in every flat-table context). */
export interface SourceStoreRow {
  store_id: number;
  code: string | null;
  name: string | null;
  website_id: number;
  website_code: string | null;
  is_active: number;
}

export const stores = defineQuery<SourceStoreRow>('source/content/stores');
export const storeCount = defineQuery<CountRow>('source/content/store-count');

export interface SourceCmsPage {
  k: number;
  page_id: number;
  row_id: number | null;
  created_in: number | string | null;
  updated_in: number | string | null;
  identifier: string | null;
  title: string | null;
  page_layout: string | null;
  meta_title: string | null;
  meta_keywords: string | null;
  meta_description: string | null;
  content_heading: string | null;
  content: string | null;
  is_active: number;
  sort_order: number;
  layout_update_xml: string | null;
  custom_theme: string | null;
  custom_root_template: string | null;
  custom_layout_update_xml: string | null;
  layout_update_selected: string | null;
  custom_theme_from: string | null;
  custom_theme_to: string | null;
  creation_time: string | null;
  update_time: string | null;
}

export interface SourceCmsBlock {
  k: number;
  block_id: number;
  row_id: number | null;
  created_in: number | string | null;
  updated_in: number | string | null;
  identifier: string | null;
  title: string | null;
  content: string | null;
  is_active: number;
  creation_time: string | null;
  update_time: string | null;
}

export interface SourceStoreLink { k: number; store_id: number }

export const cmsPages = defineQuery<SourceCmsPage>('source/content/cms-pages');
export const cmsPageCount = defineQuery<CountRow>('source/content/cms-page-count');
export const cmsPageStores = defineQuery<SourceStoreLink>('source/content/cms-page-stores');
export const cmsBlocks = defineQuery<SourceCmsBlock>('source/content/cms-blocks');
export const cmsBlockCount = defineQuery<CountRow>('source/content/cms-block-count');
export const cmsBlockStores = defineQuery<SourceStoreLink>('source/content/cms-block-stores');

export interface SourceUrlRewrite {
  url_rewrite_id: number;
  entity_type: string;
  entity_id: number;
  request_path: string | null;
  target_path: string | null;
  redirect_type: number;
  store_id: number;
  metadata: string | null;
}

/** A redirect or custom rewrite, kept in memory for chain resolution. */
export interface SourceRewriteHop {
  url_rewrite_id: number;
  store_id: number;
  request_path: string | null;
  target_path: string | null;
  redirect_type: number;
  entity_type: string;
  entity_id: number;
}

export const urlRewrites = defineQuery<SourceUrlRewrite>('source/content/url-rewrites');
export const urlRewriteCount = defineQuery<CountRow>('source/content/url-rewrite-count');
export const urlRewriteHops = defineQuery<SourceRewriteHop>('source/content/url-rewrite-hops');
export const urlRewriteByPaths = defineQuery<SourceUrlRewrite>('source/content/url-rewrite-by-paths');
export const urlRewriteCanonicals = defineQuery<SourceUrlRewrite>('source/content/url-rewrite-canonicals');
export const urlRewriteCollation = defineQuery<{ collation_name: string | null }>('source/content/url-rewrite-collation');
export const urlRewriteDuplicates = defineQuery<{ url_rewrite_id: number }>('source/content/url-rewrite-duplicates');
export const entityIds = defineQuery<{ t: string; id: number }>('source/content/entity-ids');
