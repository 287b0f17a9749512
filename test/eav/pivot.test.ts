import { describe, expect, it } from 'vitest';
import { buildStoreScopes } from '../../transforms/eav/store-scopes.ts';
import type { EavAttribute, EavAttributeCatalog, RawEavValues, RawValueRow, AttributeScope, BackendType } from '../../transforms/eav/types.ts';
import { convertDatetime, convertEavValue, parseOptionList, pivotEavValues } from '../../transforms/eav/pivot.ts';

let nextId = 100;
function attr(code: string, backendType: BackendType, scope: AttributeScope, frontendInput = 'text'): EavAttribute {
  return {
    attributeId: nextId++, entityTypeId: 4, entityTypeCode: 'catalog_product', code, backendType, backendTable: null,
    frontendInput, frontendLabel: code, sourceModel: null, backendModel: null, isRequired: false, isUserDefined: false,
    isUnique: false, defaultValue: null, isGlobal: { store: 0, global: 1, website: 2 }[scope], scope, isVisible: true,
    applyTo: null, isMultiselect: frontendInput === 'multiselect',
  };
}
function catalog(list: EavAttribute[]): EavAttributeCatalog {
  const byId: Array<EavAttribute | undefined> = [];
  for (const a of list) byId[a.attributeId] = a;
  return { entityTypeId: 4, entityTypeCode: 'catalog_product', list, byCode: new Map(list.map((a) => [a.code, a])), byId };
}
const A = {
  name: attr('name', 'varchar', 'store'),
  status: attr('status', 'int', 'website', 'select'),
  color: attr('color', 'int', 'global', 'select'),
  weight: attr('weight', 'decimal', 'global', 'weight'),
  newsFrom: attr('news_from_date', 'datetime', 'website', 'date'),
  description: attr('description', 'text', 'store', 'textarea'),
  material: attr('material', 'varchar', 'global', 'multiselect'),
  activity: attr('activity', 'text', 'store', 'multiselect'),
};
const attributes = catalog(Object.values(A));
// Website 1: stores 1, 2; website 2: store 3.
const stores = buildStoreScopes([
  { storeId: 0, code: 'admin', websiteId: 0 },
  { storeId: 1, code: 'en', websiteId: 1 },
  { storeId: 2, code: 'fr', websiteId: 1 },
  { storeId: 3, code: 'us', websiteId: 2 },
]);
function raw(rows: Partial<Record<keyof RawEavValues, Array<[number, EavAttribute | number, number, unknown]>>>): RawEavValues {
  const conv = (r: [number, EavAttribute | number, number, unknown]): RawValueRow => [r[0], typeof r[1] === 'number' ? r[1] : r[1].attributeId, r[2], r[3]];
  return {
    int: (rows.int ?? []).map(conv), varchar: (rows.varchar ?? []).map(conv), decimal: (rows.decimal ?? []).map(conv),
    text: (rows.text ?? []).map(conv), datetime: (rows.datetime ?? []).map(conv),
  };
}

describe('value conversion', () => {
  it('keeps each backend type', () => {
    expect(convertEavValue(5, 'int', false)).toBe(5);
    expect(convertEavValue('12.500000', 'decimal', false)).toBe('12.500000');
    expect(convertEavValue('2024-01-31 10:11:12', 'datetime', false)).toBe('2024-01-31T10:11:12Z');
    expect(convertEavValue('Bag', 'varchar', false)).toBe('Bag');
    expect(convertEavValue('12,5, 7', 'text', true)).toEqual([12, 5, 7]);
    expect(convertEavValue(7, 'int', true)).toEqual([7]);
    expect(convertEavValue(null, 'varchar', false)).toBeNull();
  });
  it('rejects zero dates, NUL bytes, invalid UTF-8 and bad option lists', () => {
    const reason = (v: unknown) => (v as { reason?: string }).reason;
    expect(reason(convertDatetime('0000-00-00 00:00:00'))).toBe('ZERO_DATE');
    expect(reason(convertDatetime('2020-00-10 00:00:00'))).toBe('ZERO_DATE');
    expect(reason(convertDatetime('2020-05-00 00:00:00'))).toBe('ZERO_DATE');
    expect(convertDatetime('2020-05-01')).toBe('2020-05-01T00:00:00Z');
    expect(reason(convertEavValue('a\u0000b', 'varchar', false))).toBe('NUL_BYTE');
    expect(reason(convertEavValue('caf\uFFFD', 'text', false))).toBe('INVALID_UTF8');
    expect(reason(parseOptionList('1,x'))).toBe('INVALID_OPTION_LIST');
    expect(parseOptionList('')).toEqual([]);
  });
});

describe('pivotEavValues', () => {
  it('pivots defaults, website and store values by attribute code, typed', () => {
    const r = pivotEavValues(
      raw({
        varchar: [[1, A.name, 0, 'Bag'], [1, A.name, 2, 'Sac'], [1, A.material, 0, '3,4']],
        int: [[1, A.status, 0, 1], [1, A.status, 1, 2], [1, A.status, 2, 2], [1, A.color, 0, 49]],
        decimal: [[1, A.weight, 0, '1.500000']],
        datetime: [[1, A.newsFrom, 0, '2024-02-01 00:00:00']],
        text: [[1, A.activity, 0, '8'], [1, A.activity, 3, '8,9']],
      }),
      [1, 2],
      { attributes, stores, nullPolicy: 'inherit' },
    );
    const e = r.entities.get(1)!;
    expect(e.defaults).toEqual({ name: 'Bag', material: [3, 4], status: 1, color: 49, weight: '1.500000', news_from_date: '2024-02-01T00:00:00Z', activity: [8] });
    expect([...e.websites]).toEqual([[1, { status: 2 }]]);
    expect([...e.stores].sort()).toEqual([[2, { name: 'Sac' }], [3, { activity: [8, 9] }]]);
    expect(r.entities.get(2)).toEqual({ defaults: {}, websites: new Map(), stores: new Map() });
    expect(r.rejects).toEqual([]);
  });

  it('ignores and counts orphan, misplaced and global store rows', () => {
    const r = pivotEavValues(
      raw({
        int: [[1, 9999, 0, 1], [1, A.color, 1, 50], [1, A.color, 0, 49], [1, A.status, 7, 2], [5, A.status, 0, 1]],
        varchar: [[1, A.color, 0, 'x']],
      }),
      [1],
      { attributes, stores, nullPolicy: 'inherit', countOrphanKeys: true },
    );
    expect(r.entities.get(1)!.defaults).toEqual({ color: 49 });
    expect(r.stats).toMatchObject({
      'eav.orphan_attribute_rows': 1,
      'scope.global_store_rows_ignored': 1,
      'eav.orphan_store_rows': 1,
      'eav.orphan_entity_rows': 1,
      'eav.wrong_table_rows': 1,
    });
  });

  it('rejects bad values one by one and keeps the entity', () => {
    const r = pivotEavValues(
      raw({
        datetime: [[1, A.newsFrom, 0, '0000-00-00 00:00:00']],
        varchar: [[1, A.name, 0, 'Bag'], [1, A.name, 1, 'B\u0000ag']],
      }),
      [1],
      { attributes, stores, nullPolicy: 'inherit', describeKey: (k) => `entity_id=${k + 1000},row_id=${k}` },
    );
    expect(r.entities.get(1)!.defaults).toEqual({ name: 'Bag' });
    expect(r.entities.get(1)!.stores.size).toBe(0);
    expect(r.rejects).toEqual([
      { sourceKey: 'entity_id=1001,row_id=1,attribute=name,store=1', reason: 'NUL_BYTE' },
      { sourceKey: 'entity_id=1001,row_id=1,attribute=news_from_date,store=0', reason: 'ZERO_DATE' },
    ].sort((a, b) => (a.reason < b.reason ? -1 : 1)));
    expect(r.stats['eav.rejected_values']).toBe(2);
  });
});
