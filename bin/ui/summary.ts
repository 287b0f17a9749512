/** The table `migrate` prints to stdout at the end of a run. */
import type { EntityReport, Reconciliation, RunReport } from '../../pipeline/report.ts';
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
    .map((s) => `Reconciliation (${s.service}): ${reconciliationVerdict(s.reconciliation!)}.\n`)
    .join('');
  return `${table}\n\n${verdict}\n${reconciled}`;
}

/** One line per service: how many checks, over what scopes (only those its rows have), and whether they balance. */
function reconciliationVerdict(r: Reconciliation): string {
  if (r.balanced === null) return `source side only (dry run), ${r.rows.length} checks`;
  const failing = r.rows.filter((row) => row.balanced === false).length;
  if (failing > 0) return `${failing} of ${r.rows.length} checks do NOT balance: see the report`;
  const scopes = [r.rows.some((row) => row.store !== '-') ? 'store' : '', r.rows.some((row) => row.currency !== '-') ? 'currency' : ''].filter(Boolean);
  return `source - rejected = target in all ${r.rows.length} checks${scopes.length ? ` (by ${scopes.join(' and ')})` : ''}`;
}
