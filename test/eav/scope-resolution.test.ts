import { describe, expect, it } from 'vitest';
import { buildStoreScopes } from '../../transforms/eav/store-scopes.ts';
import type { EavAttribute, AttributeScope, BackendType } from '../../transforms/eav/types.ts';
import { newScopeStats, resolveScopes, resolveStoreView, type StoreRow } from '../../transforms/eav/scope-resolution.ts';

function attr(id: number, code: string, scope: AttributeScope, backendType: BackendType = 'varchar'): EavAttribute {
  return {
    attributeId: id, entityTypeId: 4, entityTypeCode: 'catalog_product', code, backendType, backendTable: null, frontendInput: 'text',
    frontendLabel: code, sourceModel: null, backendModel: null, isRequired: false, isUserDefined: false, isUnique: false, defaultValue: null,
    isGlobal: { store: 0, global: 1, website: 2 }[scope], scope, isVisible: true, applyTo: null, isMultiselect: false,
  };
}
const name = attr(1, 'name', 'store');
const status = attr(2, 'status', 'website', 'int');
// Website 1: stores 1, 2; website 2: stores 3, 4.
const stores = buildStoreScopes([
  { storeId: 1, code: 'en', websiteId: 1 },
  { storeId: 2, code: 'fr', websiteId: 1 },
  { storeId: 3, code: 'us', websiteId: 2 },
  { storeId: 4, code: 'ca', websiteId: 2 },
]);
const rows = (...r: Array<[number, EavAttribute, string | number | null]>): StoreRow[] => r.map(([storeId, a, value]) => ({ storeId, attr: a, value }));
const view = (s: ReturnType<typeof resolveScopes>, storeId: number) => resolveStoreView(s, storeId, stores.websiteOfStore[storeId]!);

describe('store-scope attributes', () => {
  it('a store view sees its own value, else the default; equal values are not repeated', () => {
    const stats = newScopeStats();
    const s = resolveScopes({ name: 'Bag' }, rows([1, name, 'Bag'], [2, name, 'Sac']), stores, 'inherit', stats);
    expect([...s.stores]).toEqual([[2, { name: 'Sac' }]]);
    expect(view(s, 1).name).toBe('Bag');
    expect(view(s, 2).name).toBe('Sac');
    expect(view(s, 3).name).toBe('Bag');
  });

  it('an explicit NULL falls back under inherit, hides the value under explicit, and is counted once', () => {
    for (const policy of ['inherit', 'explicit'] as const) {
      const stats = newScopeStats();
      const s = resolveScopes({ name: 'Bag' }, rows([2, name, null]), stores, policy, stats);
      expect(view(s, 2).name).toBe(policy === 'inherit' ? 'Bag' : undefined);
      expect(view(s, 1).name).toBe('Bag');
      expect(stats['scope.null_policy_differs']).toBe(1);
    }
  });

  it('a NULL over no default differs under no rule', () => {
    const stats = newScopeStats();
    const s = resolveScopes({}, rows([2, name, null]), stores, 'explicit', stats);
    expect(view(s, 2)).toEqual({});
    expect(s.stores.size).toBe(0);
    expect(stats['scope.null_policy_differs']).toBe(0);
  });
});

describe('website-scope attributes', () => {
  it('one value per website, from the lowest store id; conflicts and partial websites are counted', () => {
    const stats = newScopeStats();
    const s = resolveScopes({ status: 1 }, rows([2, status, 3], [1, status, 2], [3, status, 2]), stores, 'inherit', stats);
    expect([...s.websites].sort()).toEqual([[1, { status: 2 }], [2, { status: 2 }]]);
    // Store 4 has no row (a view added after the value was saved): Magento shows it the default.
    expect([1, 2, 3, 4].map((id) => view(s, id).status)).toEqual([2, 2, 2, 1]);
    expect(stats['scope.website_conflicts']).toBe(1);
    expect(stats['scope.website_partial']).toBe(1);
  });

  it('a fanned-out value equal on every store view is neither a conflict nor partial', () => {
    const stats = newScopeStats();
    const s = resolveScopes({ status: 1 }, rows([1, status, 2], [2, status, 2]), stores, 'inherit', stats);
    expect(s.websites.get(1)).toEqual({ status: 2 });
    expect(view(s, 3).status).toBe(1);
    expect(stats['scope.website_conflicts'] + stats['scope.website_partial']).toBe(0);
  });

  it('NULL store rows follow the null policy and count once per store view of the website', () => {
    const inherit = newScopeStats();
    const a = resolveScopes({ status: 1 }, rows([1, status, null], [2, status, 2]), stores, 'inherit', inherit);
    // inherit ignores the NULL row: store 1 falls back to the default, store 2 keeps the website's value.
    expect(view(a, 1).status).toBe(1);
    expect(view(a, 2).status).toBe(2);
    const explicit = newScopeStats();
    const b = resolveScopes({ status: 1 }, rows([1, status, null], [2, status, 2]), stores, 'explicit', explicit);
    expect(view(b, 1).status).toBeUndefined();
    expect(view(b, 2).status).toBeUndefined();
    expect(b.websites.get(1)).toEqual({ status: null });
    expect(inherit['scope.null_policy_differs']).toBe(2);
    expect(explicit['scope.null_policy_differs']).toBe(2);
    expect(explicit['scope.website_conflicts']).toBe(1);
  });

  it('a store view of the website without a row sees the default, with or without a default value', () => {
    for (const policy of ['inherit', 'explicit'] as const) {
      const stats = newScopeStats();
      const s = resolveScopes({ status: 1 }, rows([3, status, 2]), stores, policy, stats);
      expect([3, 4].map((id) => view(s, id).status)).toEqual([2, 1]);
      const noDefault = resolveScopes({}, rows([3, status, 2]), stores, policy, newScopeStats());
      expect([3, 4].map((id) => view(noDefault, id).status)).toEqual([2, undefined]);
      expect(stats['scope.website_partial']).toBe(1);
    }
  });
});
