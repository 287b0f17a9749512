/**
 * What `migrate` shows: the summary table, the Markdown and JSON report files, and the plain progress
 * lines printed when stderr is not a terminal.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PipelineEmitter } from '../../core/events.ts';
import { emptyEntityReport, type RunReport } from '../../pipeline/report.ts';
import { attachProgress } from '../../bin/ui/progress.ts';
import { reportPaths } from '../../bin/report/files.ts';
import { renderMarkdown } from '../../bin/report/migrate-markdown.ts';
import { renderSummary } from '../../bin/ui/summary.ts';

function sampleReport(over: Partial<RunReport> = {}): RunReport {
  const products = {
    ...emptyEntityReport('catalog', 'products'),
    status: 'loaded' as const,
    sourceCount: 2046,
    sourceRows: 2046,
    loaded: 2040,
    rejected: 6,
    rejectsByReason: { NO_SKU: 2, DUPLICATE_SKU: 4, ZERO_DATE: 3 },
    rejectExamples: { NO_SKU: [{ sourceKey: 'entity_id=7', detail: null }] },
    stats: { 'scope.null_policy_differs': 7 },
    countsAddUp: true,
    batches: 3,
    rowsThisRun: 2046,
    seconds: 1.5,
    rowsPerSecond: 1364,
    samples: [{ sku: 'MH01', name: 'Chaz | Kangeroo' }],
  };
  return {
    formatVersion: 1,
    kind: 'migrate',
    runId: 'r1',
    status: 'completed',
    dryRun: false,
    startedAt: '2024-01-01T00:00:00.000Z',
    seconds: 2,
    source: 'mysql://root:***@127.0.0.1:3306/luma',
    target: 'postgres://postgres@127.0.0.1:5432',
    dbPrefix: 'magemig',
    edition: 'opensource',
    stagingVersion: 1,
    nullPolicy: 'explicit',
    batchSize: 1000,
    services: [
      {
        service: 'catalog',
        database: 'magemig_catalog',
        created: true,
        migrationsApplied: ['001_store_tree.sql'],
        truncated: null,
        entities: [products, { ...emptyEntityReport('catalog', 'links') }],
        warnings: [],
        reconciliation: { rows: [{ doc: 'orders', store: 'default (1)', currency: 'USD', measure: 'grand_total', source: '10.5000', rejected: '0.0000', target: '10.5000', balanced: true }], balanced: true, notes: [] },
      },
    ],
    countsAddUp: true,
    ...over,
  };
}

describe('run report', () => {
  it('summary: one row per entity, and whether the counts add up', () => {
    const text = renderSummary(sampleReport());
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^service\s+entity\s+status\s+source\s+loaded\s+rejected\s+adds up\s+rows\/s\s+time$/);
    expect(lines[2]).toMatch(/^catalog\s+products\s+loaded\s+2,046\s+2,040\s+6\s+yes\s+1,364\s+1\.50s$/);
    expect(lines[3]).toMatch(/^catalog\s+links\s+not-run\s+-\s+0\s+0\s+-/);
    expect(text).toContain('Migration completed in 2.00s; the counts add up (loaded + rejected = source).');
    const failed = renderSummary(sampleReport({ status: 'failed', error: 'catalog/links: boom', countsAddUp: false }));
    // The reason is said once, by the CLI's error line: the summary only says that the run failed.
    expect(failed).toContain('FAILED after 2.00s.');
    expect(failed).not.toContain('boom');
    expect(renderSummary(sampleReport({ dryRun: true }))).toMatch(/would load/);
  });

  it('Markdown: the summary, rejects by reason, stats and samples per entity', () => {
    const md = renderMarkdown(sampleReport());
    expect(md).toContain('| catalog | products | loaded | 2,046 | 2,040 | 6 | yes | 1,364 | 1.50s |');
    expect(md).toContain('- Source 2,046; loaded 2,040; rejected 6; 2,040 + 6 = 2,046: the counts add up');
    expect(md).toContain('| DUPLICATE_SKU | 4 |  |');
    expect(md).toContain('| NO_SKU | 2 | `entity_id=7` |');
    expect(md).toContain('- every figure balances (source - rejected = target)');
    expect(md).toContain('| orders | default (1) | USD | grand_total | 10.5000 | 0.0000 | 10.5000 | yes |');
    expect(md).toContain('| scope.null_policy_differs | 7 |');
    expect(md).toContain('"name": "Chaz | Kangeroo"');
    expect(md).not.toContain(':s3cret');
  });

  it('writes JSON and HTML beside the Markdown file without overwriting it', () => {
    expect(reportPaths('out/report.md')).toEqual({ markdown: 'out/report.md', json: 'out/report.json', html: 'out/report.html' });
    expect(reportPaths('report')).toEqual({ markdown: 'report', json: 'report.json', html: 'report.html' });
    expect(reportPaths('r.json')).toEqual({ markdown: 'r.md', json: 'r.json', html: 'r.html' });
  });
});

describe('plain progress lines (not a terminal)', () => {
  it('prints start, throttled progress with rate and ETA, skips, retries, warnings and done', () => {
    const events = new PipelineEmitter();
    const stream = new PassThrough();
    let out = '';
    stream.on('data', (d) => (out += d));
    attachProgress(events, { tty: false, stream: stream as unknown as NodeJS.WriteStream, lineIntervalMs: 0 });
    events.emit('run:start', { service: 'catalog', dryRun: false });
    events.emit('entity:start', { service: 'catalog', entity: 'products', total: 2000, resumedRows: 500 });
    events.emit('entity:progress', { service: 'catalog', entity: 'products', rows: 1000, rejected: 3 });
    events.emit('entity:retry', { service: 'catalog', entity: 'products', attempt: 1, reason: 'Connection terminated' });
    events.emit('warning', { message: 'something odd' });
    events.emit('entity:done', { service: 'catalog', entity: 'products', loaded: 1990, rejected: 10, seconds: 2 });
    events.emit('entity:skip', { service: 'catalog', entity: 'categories', loaded: 40, rejected: 0 });
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('catalog: migrating');
    expect(lines[1]).toBe('catalog/products: 2,000 source rows, resuming after 500');
    expect(lines[2]).toMatch(/^catalog\/products: 1,000\/2,000 rows \(50%\), [\d,]+ rows\/s(, ETA [\dms.]+)?, 3 rejected$/);
    expect(lines.slice(3)).toEqual([
      'catalog/products: retry 1: Connection terminated',
      'warning: something odd',
      'catalog/products: done, 1,990 loaded, 10 rejected in 2.00s',
      'catalog/categories: already done (40 loaded, 0 rejected)',
    ]);
  });
});
