/** The run report as one HTML page: the summary, rejects by reason with examples, reconciliation, and charts. */
import type { RunReport } from '../../pipeline/report.ts';
import { fmtSeconds } from '../ui/format.ts';
import { renderPage, type Chart, type Page, type Table } from './html-page.ts';

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

export function renderMigrateHtml(r: RunReport): string {
  const entities = r.services.flatMap((s) => s.entities);
  const names = entities.map((e) => `${e.service}/${e.entity}`);
  const summary: Table = {
    id: 'summary',
    caption: 'Per service and entity',
    columns: ['entity', 'status', 'source', r.dryRun ? 'would load' : 'loaded', 'rejected', 'adds up', 'rows/s', 'time'],
    numeric: [false, false, true, true, true, false, true, true],
    rows: entities.map((e) => ({
      cells: [`${e.service}/${e.entity}`, e.status, e.sourceCount, e.loaded, e.rejected, e.countsAddUp ? 'yes' : 'no', e.rowsPerSecond, fmtSeconds(e.seconds)],
      attrs: { entity: `${e.service}/${e.entity}`, source: e.sourceCount ?? '', loaded: e.loaded, rejected: e.rejected },
    })),
  };
  const rejects: Table = {
    id: 'rejects',
    caption: 'Rejects by reason, with examples of their Magento keys (every one is in magemig.rejects)',
    columns: ['entity', 'reason', 'records', 'examples'],
    numeric: [false, false, true, false],
    rows: entities.flatMap((e) => Object.entries(e.rejectsByReason).map(([reason, n]) => ({
      cells: [`${e.service}/${e.entity}`, reason, n, (e.rejectExamples[reason] ?? []).map((x) => x.sourceKey).join(', ')],
      attrs: { entity: `${e.service}/${e.entity}`, reason, records: n },
    }))),
  };
  const reasons = [...new Set(entities.flatMap((e) => Object.keys(e.rejectsByReason)))].sort();
  const charts: Chart[] = [
    {
      id: 'rows-per-entity',
      title: 'Rows per entity',
      config: {
        type: 'bar',
        data: { labels: names, datasets: [
          { label: r.dryRun ? 'would load' : 'loaded', data: entities.map((e) => e.loaded), backgroundColor: PALETTE[2] },
          { label: 'rejected', data: entities.map((e) => e.rejected), backgroundColor: PALETTE[3] },
        ] },
        options: { scales: { x: { stacked: true }, y: { stacked: true } } },
      },
    },
    {
      id: 'rejects-by-reason',
      title: 'Rejects by reason',
      config: { type: 'bar', data: { labels: reasons, datasets: [{ label: 'records', data: reasons.map((x) => entities.reduce((n, e) => n + (e.rejectsByReason[x] ?? 0), 0)), backgroundColor: PALETTE[1] }] } },
    },
    {
      id: 'throughput',
      title: 'Rows per second over the run, per entity',
      config: {
        type: 'line',
        data: { datasets: entities.filter((e) => e.timeline.length > 1).map((e, i) => ({
          label: `${e.service}/${e.entity}`,
          borderColor: PALETTE[i % PALETTE.length],
          data: e.timeline.slice(1).map(([t, rows], j) => {
            const [t0, r0] = e.timeline[j];
            return { x: t, y: t > t0 ? Math.round((rows - r0) / (t - t0)) : 0 };
          }),
        })) },
        options: { parsing: false, scales: { x: { type: 'linear', title: { display: true, text: 'seconds' } }, y: { title: { display: true, text: 'rows/s' } } } },
      },
    },
  ];
  const page: Page = {
    title: r.dryRun ? 'magemig migrate: dry run' : 'magemig migrate: run report',
    verdict: {
      ok: r.status === 'completed' && r.countsAddUp,
      text: r.status === 'failed' ? `Failed: ${r.error ?? ''}` : r.countsAddUp ? 'Completed; the counts add up (loaded + rejected = source, every entity).' : 'Completed, but the counts do NOT add up.',
    },
    facts: [
      ['Started', r.startedAt], ['Took', fmtSeconds(r.seconds)], ['Run id', r.runId], ['Source', r.source], ['Target', `${r.target} (databases ${r.dbPrefix}_<service>)`],
      ['Edition', r.edition ?? 'not reached'], ['Null policy', r.nullPolicy], ['Batch size', String(r.batchSize)],
    ],
    sections: [
      { heading: 'Summary', tables: [summary], charts: [charts[0], charts[2]] },
      { heading: 'Rejects', tables: [rejects], charts: [charts[1]] },
      ...r.services.flatMap((s) => (s.reconciliation ? [{ service: s.service, rec: s.reconciliation }] : [])).map(({ service, rec }) => ({
        heading: `Reconciliation: ${service}`,
        tables: [{
          id: `reconciliation-${service}`,
          caption: rec.balanced === null ? 'Source side only (dry run)' : rec.balanced ? 'Every figure balances (source - rejected = target)' : 'Some figures do NOT balance',
          columns: ['documents', 'store', 'currency', 'measure', 'source', 'rejected', 'target', 'balanced'],
          numeric: [false, false, false, false, true, true, true, false],
          rows: rec.rows.map((x) => ({ cells: [x.doc, x.store, x.currency, x.measure, x.source, x.rejected, x.target, x.balanced === null ? '-' : x.balanced ? 'yes' : 'NO'] })),
        } satisfies Table],
        notes: rec.notes,
      })),
      ...(entities.some((e) => e.partitions?.length) ? [{
        heading: 'Partitions (parallel workers)',
        tables: [{
          id: 'partitions',
          caption: 'Key ranges and the worker that loaded each',
          columns: ['entity', 'partition', 'source', 'loaded', 'rejected', 'done', 'worker'],
          numeric: [false, false, true, true, true, false, false],
          rows: entities.flatMap((e) => (e.partitions ?? []).map((p) => ({ cells: [`${e.service}/${e.entity}`, p.partition, p.sourceRows, p.loaded, p.rejected, p.done ? 'yes' : 'no', p.worker] }))),
        } satisfies Table],
      }] : []),
      ...r.services.map((s) => ({
        heading: `Counters: ${s.service}`,
        notes: s.warnings,
        tables: [{
          id: `stats-${s.service}`,
          caption: 'Scope, policy and loader counters',
          columns: ['entity', 'counter', 'value'],
          numeric: [false, false, true],
          rows: s.entities.flatMap((e) => Object.entries(e.stats).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => ({ cells: [e.entity, k, v] }))),
        }],
      })),
    ],
    data: r,
  };
  return renderPage(page);
}
