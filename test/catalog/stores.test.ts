/** The store tree transform: locale and currency through core_config_data's scopes, rejects for broken trees. */
import { describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import type { SourceStoreTree } from '../../sql/source/catalog/index.ts';
import { mapStoreTree } from '../../transforms/catalog/store-tree.ts';

function tree(over: Partial<SourceStoreTree> = {}): SourceStoreTree {
  return {
    websites: [
      { website_id: 1, code: 'base', name: 'Main', sort_order: 0, default_group_id: 1, is_default: 1 },
      { website_id: 2, code: 'eu', name: 'Europe', sort_order: 1, default_group_id: 2, is_default: 0 },
    ],
    groups: [
      { group_id: 1, website_id: 1, name: 'Main Store', root_category_id: 2, default_store_id: 1, code: 'main' },
      { group_id: 2, website_id: 2, name: 'EU Store', root_category_id: 3, default_store_id: 3, code: 'eu_store' },
    ],
    views: [
      { store_id: 1, code: 'default', website_id: 1, group_id: 1, name: 'English', sort_order: 0, is_active: 1 },
      { store_id: 2, code: 'fr', website_id: 1, group_id: 1, name: 'French', sort_order: 1, is_active: 0 },
      { store_id: 3, code: 'de', website_id: 2, group_id: 2, name: 'German', sort_order: 0, is_active: 1 },
    ],
    config: [
      { scope: 'default', scope_id: 0, path: 'general/locale/code', value: 'en_GB' },
      { scope: 'stores', scope_id: 2, path: 'general/locale/code', value: 'fr_FR' },
      { scope: 'websites', scope_id: 2, path: 'general/locale/code', value: 'de_DE' },
      { scope: 'websites', scope_id: 2, path: 'currency/options/base', value: 'EUR' },
      { scope: 'stores', scope_id: 2, path: 'currency/options/default', value: 'EUR' },
      // An empty store value is "not set" (the admin saves "" when "Use Website" is unticked and left blank).
      { scope: 'stores', scope_id: 1, path: 'general/locale/code', value: '' },
    ],
    hasConfigTable: true,
    ...over,
  };
}

describe('store tree mapping', () => {
  it('resolves locale store > website > default, base currency per website, display currency store > ... > base', () => {
    const rows = mapStoreTree(tree());
    const byCode = Object.fromEntries(rows.views.map((v) => [v.code, v]));
    expect(byCode.default).toMatchObject({ locale: 'en_GB', baseCurrency: 'USD', defaultDisplayCurrency: 'USD', isActive: true });
    expect(byCode.fr).toMatchObject({ locale: 'fr_FR', baseCurrency: 'USD', defaultDisplayCurrency: 'EUR', isActive: false });
    expect(byCode.de).toMatchObject({ locale: 'de_DE', baseCurrency: 'EUR', defaultDisplayCurrency: 'EUR' });
    expect(rows.websites.map((w) => [w.code, w.baseCurrency, w.isDefault])).toEqual([['base', 'USD', true], ['eu', 'EUR', false]]);
  });

  it('derives deterministic ids and wires default group / store and root categories', () => {
    const rows = mapStoreTree(tree());
    expect(rows.websites[0]).toMatchObject({ id: entityUuid('website', 1), defaultGroupId: entityUuid('store_group', 1) });
    expect(rows.groups[1]).toMatchObject({ id: entityUuid('store_group', 2), websiteId: entityUuid('website', 2), defaultStoreId: entityUuid('store', 3), rootCategoryId: entityUuid('category', 3) });
    expect(rows.views[2]).toMatchObject({ id: entityUuid('store', 3), groupId: entityUuid('store_group', 2), rootCategoryId: entityUuid('category', 3), rootCategoryMagentoId: 3 });
    expect(mapStoreTree(tree())).toEqual(rows);
  });

  it('falls back to Magento defaults (en_US, USD) without core_config_data', () => {
    const rows = mapStoreTree(tree({ config: [], hasConfigTable: false }));
    expect(rows.views.map((v) => [v.locale, v.baseCurrency, v.defaultDisplayCurrency])).toEqual([['en_US', 'USD', 'USD'], ['en_US', 'USD', 'USD'], ['en_US', 'USD', 'USD']]);
  });

  it('rejects a group of a missing website and, through it, its store views; a store view with no code', () => {
    const t = tree();
    t.groups[1].website_id = 9;
    t.views.push({ store_id: 4, code: null, website_id: 1, group_id: 1, name: 'Nameless', sort_order: 2, is_active: 1 });
    t.views.push({ store_id: 5, code: 'crossed', website_id: 2, group_id: 1, name: 'Crossed', sort_order: 2, is_active: 1 });
    const rows = mapStoreTree(t);
    expect(rows.groups.map((g) => g.magentoId)).toEqual([1]);
    expect(rows.rejects.groups).toEqual([{ sourceKey: 'group_id=2', reason: 'DANGLING_REFERENCE', detail: 'website_id=9 not found' }]);
    expect(rows.views.map((v) => v.code)).toEqual(['default', 'fr']);
    expect(rows.rejects.views.map((r) => [r.sourceKey, r.reason])).toEqual([
      ['store_id=3', 'DANGLING_REFERENCE'],
      ['store_id=4', 'NO_CODE'],
      ['store_id=5', 'DANGLING_REFERENCE'],
    ]);
    // The website whose default group was rejected keeps no dangling pointer.
    expect(rows.websites[1].defaultGroupId).toBeNull();
  });

  it('keeps a store group without a code (Magento < 2.2 has no store_group.code)', () => {
    const t = tree();
    t.groups[0].code = null;
    expect(mapStoreTree(t).groups[0].code).toBeNull();
  });
});
