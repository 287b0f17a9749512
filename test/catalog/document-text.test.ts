/**
 * The product document's text as the import writes it (services/catalog/product-document-text.ts) against
 * Postgres' own output for the same values: jsonb's text of awkward values (key order by byte length then
 * bytes, non-ASCII keys, escapes, nested nulls, numbers), json_build_object's document; and which products
 * the import builds documents for (transforms/catalog/product-documents.ts): those without composite types.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogContract as c, jsonbText, plainDocumentText, UncertainJsonValue } from '../../services/catalog/index.ts';
import { plainProductDocuments, type DocumentLookups } from '../../transforms/catalog/product-documents.ts';
import { createTestDatabases, PG_SERVER, type TestDatabases } from '../support/databases.ts';

const AWKWARD: unknown[] = [
  { b: 1, a: 2, aa: [1, null, 'x'], ä: 'umlaut key', é: 'two bytes', z: { y: null, x: 'nested' }, '日本': 3, '😀': true, ab: false },
  'quote " backslash \\ newline \n tab \t bell \u0007 nul-free </script> é 日本 😀 \uffff',
  [0, -0, 12, -5, 1.5, 0.1, 123456789012, 2147483647, -2147483648, 99.99],
  { url_key: 'k', name: 'n', id: 'i', position: 1, url_path: 'p', magento_id: 7 },
  { 'a\u0001': 1, 'a ': 2, a: 3, A: 4, '': 5 },
  [], {}, null, true,
];

describe('the product document text', () => {
  let dbs: TestDatabases;
  let db: pg.Client;

  beforeAll(async () => {
    dbs = await createTestDatabases('doctext');
    const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbs.pgPrefix}_text"`);
    await admin.end();
    db = new pg.Client({ connectionString: `${PG_SERVER}/${dbs.pgPrefix}_text` });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await dbs?.cleanup();
  });

  it('writes every value as jsonb prints it', async () => {
    for (const v of AWKWARD) {
      const { rows } = await db.query<{ t: string }>('SELECT $1::jsonb::text AS t', [JSON.stringify(v)]);
      expect(jsonbText(v)).toBe(rows[0].t);
    }
  });

  it('leaves a number it cannot print as jsonb does to Postgres', () => {
    expect(() => jsonbText({ weight: 1e21 })).toThrow(UncertainJsonValue);
    expect(() => jsonbText([1e-7])).toThrow(UncertainJsonValue);
  });

  it('writes the document as json_build_object does', async () => {
    const parts = {
      id: '8f8a3c42-5b1e-5d7a-9a53-1c7a3f7f0b11', magento_id: 42, store: 'de', sku: 'MB-01 "blue"', type: 'simple',
      websites: ['base', 'zweite'],
      attributes: { name: 'Tasche', status: 1, color: 49, weight: '1.000000' },
      options: { color: 'Blau', status: 'Aktiviert' },
      categories: [{ id: '1b4e28ba-2fa1-51d2-883f-0016d3cca427', magento_id: 3, name: 'Taschen', url_key: 'taschen', url_path: 'gear/taschen', position: 0 }],
      media: [{ magento_id: 9, file: '/m/b/mb01.jpg', media_type: 'image', label: null, position: 1, disabled: false }],
    };
    const text = plainDocumentText({ ...parts, attributesText: jsonbText(parts.attributes), optionsText: jsonbText(parts.options) });
    const { rows } = await db.query<{ t: string }>(
      `SELECT json_build_object('id', $1::uuid, 'magento_id', $2::integer, 'store', $3::text, 'sku', $4::text, 'type', $5::text,
              'websites', $6::jsonb, 'attributes', $7::jsonb, 'options', $8::jsonb, 'categories', $9::jsonb, 'media', $10::jsonb,
              'children', '[]'::jsonb, 'links', '{"related": [], "upsell": [], "crosssell": []}'::jsonb)::text AS t`,
      [parts.id, parts.magento_id, parts.store, parts.sku, parts.type, ...[parts.websites, parts.attributes, parts.options, parts.categories, parts.media].map((x) => JSON.stringify(x))],
    );
    expect(text).toBe(rows[0].t);
  });
});

describe('the documents the products transform writes', () => {
  const store = { id: 's1', code: 'default', websiteId: 'w1', categories: new Map() };
  const lookups: DocumentLookups = { stores: [store], websites: new Map([['w1', { code: 'base', sortOrder: 0, magentoId: 1 }]]), labelled: new Map() };
  const product = (id: string, type: string, attributes: Record<string, unknown>): unknown[] =>
    [id, Number(id.slice(1)), `SKU-${id}`, type, 'set', 4, false, false, null, null, attributes];

  it('are those of products without composite types or numbers it cannot print; custom options are shown', () => {
    const tables = {
      [c.product.table]: {
        columns: c.product.columns,
        rows: [product('p1', 'simple', { name: 'a' }), product('p2', 'configurable', {}), product('p3', 'simple', {}), product('p4', 'virtual', { weight: 1e21 }), product('p5', 'virtual', { name: null })],
      },
      [c.product_option.table]: { columns: c.product_option.columns, rows: [['o1', 'p3', 1, 'field', false, null, null, null, null, null, 0, 'Engraving']] },
    };
    const docs = plainProductDocuments(tables, lookups);
    expect([...new Set(docs.map((r) => r[0]))]).toEqual(['p1', 'p3', 'p5']);
    expect(docs.map((r) => [r[0], r[1], r[2]])).toEqual([['p1', 's1', 'default'], ['p3', 's1', 'default'], ['p5', 's1', 'default']]);
    expect(JSON.parse(docs[1][5] as string).custom_options).toEqual([
      { id: 'o1', title: 'Engraving', type: 'field', is_required: false, sku: null, max_characters: null, file_extension: null, image_size_x: null, image_size_y: null, sort_order: 0, values: [] },
    ]);
    expect(JSON.parse(docs[0][5] as string).custom_options).toBeUndefined();
    expect(JSON.parse(docs[2][5] as string).attributes).toEqual({});
  });
});
