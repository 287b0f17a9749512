/**
 * The content context's migration: store views, CMS pages and blocks, and the redirect map from url_rewrite,
 * into the content service (services/content).
 */
import { contentContract, contentService } from '../../services/content/index.ts';
import { storeCount, stores } from '../../sql/source/content/index.ts';
import { storeViewsEntity } from '../store-views.ts';
import { contentVerify } from '../../verify/content/index.ts';
import type { ContextMigration } from '../types.ts';
import { cmsBlocksEntity, cmsPagesEntity } from './cms.ts';
import { urlRewritesEntity } from './url-rewrites.ts';

export const contentMigration: ContextMigration = {
  name: 'content',
  service: contentService,
  entities: [storeViewsEntity('content', contentContract.store, stores, storeCount), cmsPagesEntity, cmsBlocksEntity, urlRewritesEntity],
  verify: contentVerify,
};
