/**
 * Maps Magento's store tree onto the catalog service's website / store_group / store rows: resolves each
 * store view's locale and currencies through core_config_data's scopes and rejects rows whose parent is
 * missing. Pure: the same tree always gives the same rows.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import type { TableContract } from '../../services/kit/index.ts';
import type { SourceConfigValue, SourceStoreTree } from '../../sql/source/catalog/index.ts';

/** Magento's own defaults (app/code/Magento/Directory/etc/config.xml, Magento/Store config.xml). */
export const DEFAULT_LOCALE = 'en_US';
export const DEFAULT_CURRENCY = 'USD';

export interface WebsiteRow {
  id: string;
  magentoId: number;
  code: string;
  name: string;
  sortOrder: number;
  isDefault: boolean;
  defaultGroupId: string | null;
  baseCurrency: string;
}

export interface StoreGroupRow {
  id: string;
  magentoId: number;
  websiteId: string;
  code: string | null;
  name: string;
  rootCategoryId: string | null;
  rootCategoryMagentoId: number | null;
  defaultStoreId: string | null;
}

export interface StoreViewRow {
  id: string;
  magentoId: number;
  code: string;
  name: string;
  websiteId: string;
  websiteMagentoId: number;
  groupId: string;
  sortOrder: number;
  isActive: boolean;
  locale: string;
  baseCurrency: string;
  defaultDisplayCurrency: string;
  rootCategoryId: string | null;
  rootCategoryMagentoId: number | null;
}

export interface StoreTreeRows {
  websites: WebsiteRow[];
  groups: StoreGroupRow[];
  views: StoreViewRow[];
  rejects: { websites: Reject[]; groups: Reject[]; views: Reject[] };
}

type Scoped = Map<string, string | null>;

/** path -> "scope:scope_id" -> value; the last row of a (scope, scope_id, path) wins as in Magento. */
function indexConfig(config: SourceConfigValue[]): Map<string, Scoped> {
  const byPath = new Map<string, Scoped>();
  for (const c of config) {
    let m = byPath.get(c.path);
    if (!m) byPath.set(c.path, (m = new Map()));
    m.set(`${c.scope}:${c.scope_id}`, c.value);
  }
  return byPath;
}

/** A config value as a store view sees it: stores > websites > default; empty strings do not count. */
function resolve(index: Map<string, Scoped>, path: string, storeId: number | null, websiteId: number): string | null {
  const m = index.get(path);
  if (!m) return null;
  const candidates = [storeId === null ? undefined : m.get(`stores:${storeId}`), m.get(`websites:${websiteId}`), m.get('default:0')];
  for (const v of candidates) if (v !== undefined && v !== null && v.trim() !== '') return v.trim();
  return null;
}

const blank = (s: string | null | undefined): boolean => s === null || s === undefined || s.trim() === '';

export function mapStoreTree(tree: SourceStoreTree): StoreTreeRows {
  const config = indexConfig(tree.config);
  const rejects: StoreTreeRows['rejects'] = { websites: [], groups: [], views: [] };

  const websites: WebsiteRow[] = [];
  for (const w of tree.websites) {
    if (blank(w.code)) {
      rejects.websites.push({ sourceKey: `website_id=${w.website_id}`, reason: 'NO_CODE', detail: 'store_website.code is empty' });
      continue;
    }
    websites.push({
      id: entityUuid('website', w.website_id),
      magentoId: w.website_id,
      code: w.code!,
      name: w.name ?? w.code!,
      sortOrder: w.sort_order,
      isDefault: Number(w.is_default) === 1,
      defaultGroupId: null,
      baseCurrency: resolve(config, 'currency/options/base', null, w.website_id) ?? DEFAULT_CURRENCY,
    });
  }
  const websiteById = new Map(websites.map((w) => [w.magentoId, w]));

  const groups: StoreGroupRow[] = [];
  for (const g of tree.groups) {
    if (!websiteById.has(g.website_id)) {
      rejects.groups.push({ sourceKey: `group_id=${g.group_id}`, reason: 'DANGLING_REFERENCE', detail: `website_id=${g.website_id} not found` });
      continue;
    }
    const root = g.root_category_id > 0 ? g.root_category_id : null;
    groups.push({
      id: entityUuid('store_group', g.group_id),
      magentoId: g.group_id,
      websiteId: websiteById.get(g.website_id)!.id,
      code: blank(g.code) ? null : g.code!,
      name: g.name,
      rootCategoryId: root === null ? null : entityUuid('category', root),
      rootCategoryMagentoId: root,
      defaultStoreId: null,
    });
  }
  const groupById = new Map(groups.map((g) => [g.magentoId, g]));
  const groupWebsite = new Map(tree.groups.map((g) => [g.group_id, g.website_id]));

  const views: StoreViewRow[] = [];
  for (const s of tree.views) {
    const key = `store_id=${s.store_id}`;
    const group = groupById.get(s.group_id);
    if (blank(s.code)) {
      rejects.views.push({ sourceKey: key, reason: 'NO_CODE', detail: 'store.code is empty' });
    } else if (!group || !websiteById.has(s.website_id)) {
      const what = !group ? `group_id=${s.group_id}` : `website_id=${s.website_id}`;
      rejects.views.push({ sourceKey: key, reason: 'DANGLING_REFERENCE', detail: `${what} not found` });
    } else if (groupWebsite.get(s.group_id) !== s.website_id) {
      rejects.views.push({ sourceKey: key, reason: 'DANGLING_REFERENCE', detail: `group_id=${s.group_id} belongs to another website than website_id=${s.website_id}` });
    } else {
      const website = websiteById.get(s.website_id)!;
      views.push({
        id: entityUuid('store', s.store_id),
        magentoId: s.store_id,
        code: s.code!,
        name: s.name,
        websiteId: website.id,
        websiteMagentoId: website.magentoId,
        groupId: group.id,
        sortOrder: s.sort_order,
        isActive: s.is_active === 1,
        locale: resolve(config, 'general/locale/code', s.store_id, s.website_id) ?? DEFAULT_LOCALE,
        baseCurrency: website.baseCurrency,
        defaultDisplayCurrency: resolve(config, 'currency/options/default', s.store_id, s.website_id) ?? website.baseCurrency,
        rootCategoryId: group.rootCategoryId,
        rootCategoryMagentoId: group.rootCategoryMagentoId,
      });
    }
  }
  const viewIds = new Set(views.map((v) => v.magentoId));
  const sourceGroup = new Map(tree.groups.map((g) => [g.group_id, g]));
  // Default group / store pointers only when they point at a loaded row of the same parent.
  for (const w of websites) {
    const g = groupById.get(tree.websites.find((x) => x.website_id === w.magentoId)!.default_group_id);
    if (g && g.websiteId === w.id) w.defaultGroupId = g.id;
  }
  for (const g of groups) {
    const def = sourceGroup.get(g.magentoId)!.default_store_id;
    const v = views.find((x) => x.magentoId === def);
    if (viewIds.has(def) && v && v.groupId === g.id) g.defaultStoreId = v.id;
  }
  return { websites, groups, views, rejects };
}

/** One level of the tree as the catalog loads it: its mapped rows, rejects, and how a row becomes the table's. */
export interface StoreTreeLevel<L extends { magentoId: number; id: string }> {
  idType: string;
  contract: TableContract;
  loaded(rows: StoreTreeRows): L[];
  row(l: L): unknown[];
  rejects(rows: StoreTreeRows): Reject[];
  stats?(tree: SourceStoreTree): Record<string, number>;
}

/** The level's rows for a page of its Magento ids (the tree itself is mapped once per run). */
export function mapStoreLevelPage<L extends { magentoId: number; id: string }>(
  level: StoreTreeLevel<L>,
  ids: readonly number[],
  tree: SourceStoreTree,
  rows: StoreTreeRows,
): Mapped {
  const page = new Set(ids.map(Number));
  const loaded = level.loaded(rows).filter((l) => page.has(l.magentoId));
  const out: Mapped = {
    loadedRows: loaded.length,
    tables: { [level.contract.table]: { columns: level.contract.columns, rows: loaded.map(level.row) } },
    rejects: level.rejects(rows).filter((r) => page.has(Number(r.sourceKey.split('=')[1]))),
    ids: loaded.map((l) => [level.idType, l.magentoId, l.id]),
    samples: loaded.slice(0, 3),
  };
  if (level.stats) out.stats = level.stats(tree);
  return out;
}
