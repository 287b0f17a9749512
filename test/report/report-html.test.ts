/**
 * The HTML report in a real headless browser (Debian's Chromium, driven by playwright-core): it renders with
 * no network, its charts draw, its numbers equal the JSON's, and a screenshot is kept as a test artifact
 * (test/artifacts/, not committed).
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReportFiles } from '../../bin/report/files.ts';
import { renderMigrateHtml } from '../../bin/report/migrate-html.ts';
import { renderMarkdown } from '../../bin/report/migrate-markdown.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { createWidgetsSource, widgetsService } from '../fixtures/widgets-service.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const CHROMIUM = process.env.MAGEMIG_CHROMIUM ?? '/usr/bin/chromium';
let dbs: TestDatabases;
let browser: Browser;
let report: RunReport;
let html: string;

beforeAll(async () => {
  dbs = await createTestDatabases('reporthtml');
  await createWidgetsSource(dbs.mysqlUrl, 40);
  report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [widgetsService({ corruptBatch: 1 })], batchSize: 5, requireMagento: false });
  const paths = await writeReportFiles(join(mkdtempSync(join(tmpdir(), 'magemig-html-')), 'report.md'), report, renderMarkdown(report), renderMigrateHtml(report));
  html = paths.html;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await dbs?.cleanup();
});

describe('the HTML report', () => {
  it('renders offline, draws its charts, shows the JSON numbers, and is kept as a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(`file://${html}`);
    await page.waitForSelector('body[data-rendered="true"]');
    expect(requests).toEqual([]);
    const json = JSON.parse(await readFile(html.replace(/\.html$/, '.json'), 'utf8')) as RunReport;
    const rows = await page.$$eval('table[data-table="summary"] tbody tr', (trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset })));
    const entities = json.services.flatMap((s) => s.entities);
    expect(rows).toEqual(entities.map((e) => ({ entity: `${e.service}/${e.entity}`, source: String(e.sourceCount), loaded: String(e.loaded), rejected: String(e.rejected) })));
    const reasons = await page.$$eval('table[data-table="rejects"] tbody tr', (trs) => trs.map((tr) => [(tr as HTMLElement).dataset.reason, Number((tr as HTMLElement).dataset.records)]));
    expect(Object.fromEntries(reasons)).toEqual(entities[0].rejectsByReason);
    expect(entities[0].rejectsByReason.PG_REFUSED).toBe(1);
    // Each chart got a Chart.js instance and a drawn canvas.
    const charts = await page.$$eval('canvas[data-chart]', (cs) =>
      cs.map((c) => ({ id: c.id, drawn: (c as HTMLCanvasElement).width > 0 && Boolean((window as unknown as { Chart: { getChart(c: unknown): unknown } }).Chart.getChart(c)) })));
    expect(charts).toEqual([
      { id: 'rows-per-entity', drawn: true }, { id: 'throughput', drawn: true }, { id: 'rejects-by-reason', drawn: true },
    ]);
    expect(await page.textContent('[data-verdict]')).toContain('the counts add up');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'migrate-report.png'), fullPage: true });
    await page.close();
  });
});
