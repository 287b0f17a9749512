/**
 * `magemig verify` on the real Magento 2.4.2 Luma dump migrated into every service: every context agrees with
 * its source (counts, sums per currency and website, key sets, every field of every entity), and the real
 * data's money and quantities are there to compare (its orders, invoices, credit memo; its legacy stock).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXTS } from '../../pipeline/registry.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { runVerify } from '../../verify/run-verify.ts';
import { verifyReportSchema, type EntityVerification, type VerifyReport } from '../../verify/types.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

describe.skipIf(!lumaAvailable)('magemig verify on the Luma 2.4.2 dump, every context', () => {
  let dbs: TestDatabases;
  let r: VerifyReport;
  const entity = (service: string, name: string): EntityVerification => r.services.find((s) => s.service === service)!.entities.find((e) => e.entity === name)!;

  beforeAll(async () => {
    dbs = await createTestDatabases('verifyluma');
    await loadLumaDump(dbs.mysqlDatabase);
    const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: CONTEXTS.filter((c) => c.verify) });
    expect(report.error).toBeUndefined();
    r = await runVerify({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: CONTEXTS.filter((c) => c.verify).map((c) => ({ name: c.name, verify: c.verify! })), sample: 'full' });
  });
  afterAll(async () => {
    await dbs?.cleanup();
  });

  it('agrees in every context, every entity adding up', () => {
    expect(r.error).toBeUndefined();
    const differing = r.services.flatMap((s) => s.entities).filter((e) => !e.agrees);
    expect(differing.map((e) => `${e.service}/${e.entity}: ${JSON.stringify([e.measures.filter((m) => !m.agrees), e.keySets.filter((k) => k.missingCount || k.extraCount), e.differences.slice(0, 3)])}`)).toEqual([]);
    expect(r.status).toBe('agrees');
    expect(r.services.map((s) => s.service)).toEqual(CONTEXTS.filter((c) => c.verify).map((c) => c.name));
    expect(verifyReportSchema.parse(r)).toBeTruthy();
  });

  it('compares the real money and quantities: 2 orders, 2 invoices, 1 credit memo, 2,046 stock items, every price', () => {
    expect(entity('order', 'orders').counts).toEqual({ source: 2, loaded: 2, rejected: 0, addsUp: true });
    expect(entity('order', 'invoices').counts.loaded).toBe(2);
    expect(entity('order', 'creditmemos').counts.loaded).toBe(1);
    const grand = entity('order', 'orders').measures.find((m) => m.measure === 'grand_total' && m.group === 'USD')!;
    expect(grand.agrees).toBe(true);
    expect(Number(grand.source)).toBeGreaterThan(0);
    expect(entity('warehouse', 'products').measures.find((m) => m.measure === 'stock_items')!.source).toBe('2046');
    expect(entity('warehouse', 'legacy_stock').counts).toMatchObject({ source: 1, loaded: 1, addsUp: true });
    const prices = entity('pricing', 'products');
    expect(prices.sampled).toBe(prices.counts.loaded);
    expect(prices.fieldsCompared).toBeGreaterThan(10_000);
    expect(entity('content', 'cms_pages').sampled).toBeGreaterThan(0);
    expect(entity('review', 'reviews').counts.source).toBeGreaterThan(0);
    // The platform services: Magento's 249 countries, its staff.
    expect(entity('location', 'countries').keySets[0]).toMatchObject({ name: 'country code', source: 249, target: 249, missingCount: 0 });
    expect(entity('location', 'regions').counts.loaded).toBeGreaterThan(0);
    expect(entity('user', 'users').counts.loaded).toBeGreaterThan(0);
  });
});
