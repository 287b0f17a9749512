/** The order context's pure rules: exact decimals, serialized payloads, card data, verdicts, lifecycle, numbering, lines. */
import { describe, expect, it } from 'vitest';
import { lifecycleOf } from '../../services/order/index.ts';
import { decodeSerialized, paymentInformation } from '../../transforms/order/payload.ts';
import { mapOrderItems, ProductIds } from '../../transforms/order/order-items.ts';
import { incrementIdOf } from '../../transforms/order/reference.ts';
import { duplicatesOf, orderVerdict, parentVerdict } from '../../transforms/order/verdicts.ts';
import { fromUnits, isZeroDate, units, ValueIssues } from '../../transforms/order/values.ts';
import type { OrderItemRow } from '../../sql/source/order/index.ts';

describe('exact decimals', () => {
  it('sums DECIMAL texts without floats', () => {
    expect(units('36.3900')).toBe(363900);
    expect(units('-0.0100')).toBe(-100);
    expect(units('12')).toBe(120000);
    expect(units(null)).toBe(0);
    // 0.1 + 0.2 in floats is 0.30000000000000004; in ten-thousandths it is exact.
    expect(fromUnits(units('0.1000') + units('0.2000'))).toBe('0.3000');
    expect(fromUnits(units('999999999.9999') * 3)).toBe('2999999999.9997');
    expect(fromUnits(-12345)).toBe('-1.2345');
  });
  it('knows zero dates', () => {
    expect(isZeroDate('0000-00-00 00:00:00')).toBe(true);
    expect(isZeroDate('2021-00-10 00:00:00')).toBe(true);
    expect(isZeroDate('2021-07-03 12:28:26')).toBe(false);
  });
});

describe('serialized payloads (JSON since 2.2, PHP serialize before)', () => {
  it('passes JSON through, decodes PHP, keeps cut or foreign text', () => {
    expect(decodeSerialized('{"method_title":"Check \\/ Money order"}')).toEqual({ value: '{"method_title":"Check \\/ Money order"}', format: 'json' });
    expect(decodeSerialized('a:1:{s:12:"method_title";s:19:"Check / Money order";}')).toEqual({ value: { method_title: 'Check / Money order' }, format: 'php' });
    // Byte lengths: "é" is two bytes in PHP's s:N.
    expect(decodeSerialized('a:1:{s:1:"a";s:2:"é";}').value).toEqual({ a: 'é' });
    expect(decodeSerialized('{"cut": "here').format).toBe('text');
    expect(decodeSerialized('a:1:{s:1:"a";s:9:"short";}')).toMatchObject({ format: 'text', value: { text: 'a:1:{s:1:"a";s:9:"short";}' } });
    expect(decodeSerialized('plain words')).toEqual({ value: '"plain words"', format: 'text' });
    expect(decodeSerialized(null).value).toBeNull();
    expect(decodeSerialized(Buffer.from('{"a":1}')).value).toBe('{"a":1}');
  });
  it('takes card data out of payment information, in JSON and in PHP form', () => {
    const json = paymentInformation('{"cc_type":"VI","cc_last4":"1111","cc_number":"4111111111111111","cc_cid":"123","method_title":"Card"}');
    expect(json).toMatchObject({ value: { cc_type: 'VI', cc_last4: '1111', method_title: 'Card' }, removed: 2 });
    const php = paymentInformation('a:2:{s:12:"cc_exp_month";s:2:"12";s:7:"cc_type";s:2:"VI";}');
    expect(php).toMatchObject({ value: { cc_type: 'VI' }, removed: 1 });
    expect(paymentInformation('{"method_title":"Check"}')).toMatchObject({ value: '{"method_title":"Check"}', removed: 0 });
  });
});

describe('verdicts', () => {
  const dupes = duplicatesOf([{ increment_id: '000000001', store_id: null, keep_id: 5, n: 2 }]);
  const order = { entity_id: 9, increment_id: '000000001', store_id: null, order_currency_code: 'EUR', base_currency_code: 'USD' };
  it('keeps the first order of a duplicated number and rejects the later one', () => {
    expect(orderVerdict({ ...order, entity_id: 5 }, dupes)).toBeNull();
    expect(orderVerdict(order, dupes)?.reason).toBe('DUPLICATE_INCREMENT_ID');
    // The same number in a live store is another order.
    expect(orderVerdict({ ...order, store_id: 1 }, dupes)).toBeNull();
    expect(orderVerdict({ ...order, increment_id: null }, dupes)?.reason).toBe('NO_INCREMENT_ID');
    expect(orderVerdict({ ...order, increment_id: '00\u00001' }, dupes)?.reason).toBe('NUL_BYTE');
    expect(orderVerdict({ ...order, store_id: 1, base_currency_code: null }, dupes)?.reason).toBe('NO_CURRENCY');
  });
  it('rejects a document whose order is missing or rejected', () => {
    const ref = { order_id: 9, order_entity_id: 9, order_increment_id: '000000001', order_store_id: null, order_order_currency: 'EUR', order_base_currency: 'USD' };
    expect(parentVerdict(ref, dupes)?.reason).toBe('ORDER_REJECTED');
    expect(parentVerdict({ ...ref, order_entity_id: null }, dupes)?.reason).toBe('DANGLING_ORDER');
    expect(parentVerdict({ ...ref, order_store_id: 2 }, dupes)).toBeNull();
  });
});

describe('lifecycle and numbering', () => {
  it('maps every Magento state, and anything else to unknown', () => {
    expect(['new', 'pending_payment', 'payment_review', 'processing', 'complete', 'closed', 'canceled', 'holded', 'custom', null].map(lifecycleOf))
      .toEqual(['placed', 'awaiting_payment', 'payment_review', 'processing', 'completed', 'closed', 'canceled', 'on_hold', 'unknown', 'unknown']);
  });
  it('formats increment ids as Magento\\SalesSequence\\Model\\Sequence does', () => {
    expect(incrementIdOf('', '', 1, 1, 2)).toBe('000000002');
    expect(incrementIdOf('2', '', 1, 1, 17)).toBe('2000000017');
    expect(incrementIdOf('INV-', '-X', 100, 5, 102)).toBe('INV-000000110-X');
    expect(incrementIdOf('', '', 1, 1, 1234567890)).toBe('1234567890');
  });
});

describe('order lines', () => {
  const item = (id: number, parent: number | null, qty: string): OrderItemRow => ({
    item_id: id, order_id: 1, parent_item_id: parent, product_id: 100 + id, product_options: null, qty_ordered: qty, gift_message_id: null, created_at: '2024-01-01 00:00:00',
  });
  it('counts lines only, keeps children under their parent, promotes orphans, keeps gone products by SKU', () => {
    const stats: Record<string, number> = {};
    const count = (k: string, n = 1) => (stats[k] = (stats[k] ?? 0) + n);
    const rows = [item(9, null, '5.0000'), item(1, null, '2.0000'), item(2, 1, '2.0000'), item(3, 99, '1.5000'), item(4, null, '1.0000')];
    const out = mapOrderItems(rows, 1, 5, 'o', new ProductIds(), new Set([101, 102, 103]), new Map(), new ValueIssues(), count);
    expect(out.qtyOrdered).toBe('4.5000');
    expect(out.rows.map((r) => [r[1], r[2]])).toEqual([[1, null], [2, 1], [3, null], [4, null]]);
    expect(out.rows[3][3]).toBeNull();
    expect(out.rows[3][4]).toBe(104);
    expect(stats).toEqual({ 'items.orphan_children_promoted': 1, 'items.product_gone': 1 });
  });
});

describe('walking sorted children', () => {
  it('gives each parent its rows, passing over parents never asked for', async () => {
    const { Walk } = await import('../../transforms/order/values.ts');
    const w = new Walk([{ p: 1 }, { p: 1 }, { p: 2 }, { p: 4 }, { p: 5 }, { p: 5 }], (r) => r.p);
    const at = (id: number) => (w.at(id), w.rows.slice(w.from, w.to).length);
    expect([at(1), at(3), at(5), at(6)]).toEqual([2, 0, 2, 0]);
  });
});
