import { describe, expect, it } from 'vitest';
import type { EavValue, ScopedValues } from '../../transforms/eav/types.ts';
import { owningService, splitByService } from '../../transforms/catalog/product-attribute-routing.ts';

describe('which service keeps a product attribute', () => {
  it('sends prices and their dates to pricing, stock to the warehouse, the rest to the catalog', () => {
    expect(owningService('price', 'price')).toBe('pricing');
    expect(owningService('my_rrp', 'price')).toBe('pricing');
    expect(owningService('tier_price', 'text')).toBe('pricing');
    expect(owningService('special_from_date', 'date')).toBe('pricing');
    expect(owningService('quantity_and_stock_status', 'select')).toBe('warehouse');
    expect(owningService('weight', 'weight')).toBe('catalog');
    expect(owningService('name', 'text')).toBe('catalog');
  });

  it('moves deferred values out of every layer and drops layers left empty', () => {
    const v: ScopedValues = {
      defaults: { name: 'Bag', price: '10.000000', quantity_and_stock_status: 1 },
      websites: new Map<number, Record<string, EavValue | null>>([[1, { special_price: '8.000000' }], [2, { status: 2, special_price: null }]]),
      stores: new Map<number, Record<string, EavValue | null>>([[3, { name: 'Sac' }]]),
    };
    const deferred = new Map([['price', 'pricing'], ['special_price', 'pricing'], ['quantity_and_stock_status', 'warehouse']] as const);
    const s = splitByService(v, new Map(deferred));
    expect(s.catalog.defaults).toEqual({ name: 'Bag' });
    expect([...s.catalog.websites]).toEqual([[2, { status: 2 }]]);
    expect([...s.catalog.stores]).toEqual([[3, { name: 'Sac' }]]);
    expect(s.deferred.pricing?.defaults).toEqual({ price: '10.000000' });
    expect([...s.deferred.pricing!.websites]).toEqual([[1, { special_price: '8.000000' }], [2, { special_price: null }]]);
    expect(s.deferred.warehouse?.defaults).toEqual({ quantity_and_stock_status: 1 });
    expect(s.deferredCount).toBe(4);
  });
});
