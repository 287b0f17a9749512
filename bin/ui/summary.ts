/** The table `migrate` prints to stdout at the end of a run. */
import type { EntityReport, RunReport } from '../../pipeline/report.ts';
import { fmtInt, fmtSeconds, textTable } from './format.ts';

export function addsUp(e: EntityReport): string {
  if (e.status === 'not-run' || e.status === 'failed') return '-';
  return e.countsAddUp ? 'yes' : 'NO';
}

export function renderSummary(report: RunReport): string {
  const loadedHeader = report.dryRun ? 'would load' : 'loaded';
  const rows = report.services.flatMap((s) =>
    s.entities.map((e) => [
      s.service,
      e.entity,
      e.status,
      fmtInt(e.sourceCount),
      fmtInt(e.loaded),
      fmtInt(e.rejected),
      addsUp(e),
      e.status === 'loaded' || e.status === 'dry-run' ? fmtInt(e.rowsPerSecond) : '-',
      e.status === 'loaded' || e.status === 'dry-run' ? fmtSeconds(e.seconds) : '-',
    ]),
  );
  const table = textTable(
    ['service', 'entity', 'status', 'source', loadedHeader, 'rejected', 'adds up', 'rows/s', 'time'],
    rows,
    [false, false, false, true, true, true, false, true, true],
  );
  const verdict =
    report.status === 'failed'
      ? `FAILED after ${fmtSeconds(report.seconds)}.`
      : `${report.dryRun ? 'Dry run' : 'Migration'} completed in ${fmtSeconds(report.seconds)}; ` +
        (report.countsAddUp ? 'the counts add up (loaded + rejected = source).' : 'the counts do NOT add up: see the report.');
  const reconciled = report.services
    .filter((s) => s.reconciliation)
    .map((s) => `Reconciliation (${s.service}): ${s.reconciliation!.balanced === null ? 'source side only (dry run)' : s.reconciliation!.balanced ? 'source - rejected = target for every store and currency' : 'does NOT balance: see the report'}.\n`)
    .join('');
  return `${table}\n\n${verdict}\n${reconciled}`;
}
