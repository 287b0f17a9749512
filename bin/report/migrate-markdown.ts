/** The run's report as Markdown: what a manager reads (the same facts as the JSON and the HTML page). */
import type { EntityReport, Reconciliation, RunReport } from '../../pipeline/report.ts';
import { fmtInt, fmtSeconds } from '../ui/format.ts';
import { addsUp } from '../ui/summary.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(r: RunReport): string {
  const out: string[] = [];
  const title = r.dryRun ? 'magemig migrate: dry run (validation report)' : 'magemig migrate: run report';
  out.push(`# ${title}`, '');
  out.push(`- Status: **${r.status}**${r.error ? ` - ${cell(r.error)}` : ''}`);
  out.push(`- Counts add up (loaded + rejected = source, every entity): **${r.countsAddUp ? 'yes' : 'no'}**`);
  out.push(`- Started: ${r.startedAt}, took ${fmtSeconds(r.seconds)}; run id \`${r.runId}\``);
  out.push(`- Source: \`${r.source}\` (${r.edition ?? 'not reached'}${r.edition === 'commerce' ? `, staging version ${r.stagingVersion}` : ''})`);
  out.push(`- Target: \`${r.target}\`, databases \`${r.dbPrefix}_<service>\`${r.dryRun ? ' (dry run: not touched)' : ''}`);
  out.push(`- Batch size ${fmtInt(r.batchSize)}, null policy \`${r.nullPolicy}\``, '');

  const loaded = r.dryRun ? 'Would load' : 'Loaded';
  out.push('## Summary', '');
  out.push(`| Service | Entity | Status | Source | ${loaded} | Rejected | Adds up | Rows/s | Time |`);
  out.push('|---|---|---|---:|---:|---:|---|---:|---:|');
  for (const s of r.services) {
    for (const e of s.entities) {
      out.push(
        `| ${s.service} | ${e.entity} | ${e.status} | ${fmtInt(e.sourceCount)} | ${fmtInt(e.loaded)} | ${fmtInt(e.rejected)} | ${addsUp(e)} | ${fmtInt(e.rowsPerSecond)} | ${fmtSeconds(e.seconds)} |`,
      );
    }
  }
  out.push('');

  for (const s of r.services) {
    out.push(`## Service \`${s.service}\` (database \`${s.database}\`)`, '');
    if (!r.dryRun) {
      out.push(`- Database ${s.created ? 'created by this run' : 'already present'}; migrations applied now: ${s.migrationsApplied.length ? s.migrationsApplied.map((m) => `\`${m}\``).join(', ') : 'none'}`);
      if (s.truncated) out.push(`- --restart: emptied ${s.truncated.length} tables and the bookkeeping`);
    }
    for (const w of s.warnings) out.push(`- Warning: ${cell(w)}`);
    out.push('');
    if (s.reconciliation) out.push(...reconciliationSection(s.reconciliation));
    for (const e of s.entities) out.push(...entitySection(e, r.dryRun));
  }
  return out.join('\n') + '\n';
}

function entitySection(e: EntityReport, dryRun: boolean): string[] {
  const out = [`### ${e.service}/${e.entity}`, ''];
  out.push(`- Status: ${e.status}${e.error ? ` - ${cell(e.error)}` : ''}${e.resumed ? ' (resumed from a checkpoint)' : ''}`);
  out.push(`- Source ${fmtInt(e.sourceCount)}; ${dryRun ? 'would load' : 'loaded'} ${fmtInt(e.loaded)}; rejected ${fmtInt(e.rejected)}; ` +
    `${fmtInt(e.loaded)} + ${fmtInt(e.rejected)} ${e.countsAddUp ? '=' : '!='} ${fmtInt(e.sourceCount)}: the counts ${e.countsAddUp ? 'add up' : 'do NOT add up'}`);
  out.push(`- ${fmtInt(e.batches)} batches; this run: ${fmtInt(e.rowsThisRun)} source rows in ${fmtSeconds(e.seconds)} (${fmtInt(e.rowsPerSecond)} rows/s)${e.retries ? `, ${e.retries} retries` : ''}`);
  const reasons = Object.entries(e.rejectsByReason);
  if (reasons.length) {
    out.push('', '| Reject reason | Records | Examples (Magento key) |', '|---|---:|---|');
    for (const [reason, n] of reasons) {
      const examples = (e.rejectExamples[reason] ?? []).map((x) => `\`${cell(x.sourceKey)}\``).join(', ');
      out.push(`| ${cell(reason)} | ${fmtInt(n)} | ${examples} |`);
    }
  }
  // Reconciliation counters are shown in their own table (reconciliationSection).
  const stats = Object.entries(e.stats).filter(([k]) => !k.startsWith('reconcile.'));
  if (stats.length) {
    out.push('', '| Stat | Count |', '|---|---:|');
    for (const [k, n] of stats.sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`| ${cell(k)} | ${fmtInt(n)} |`);
  }
  if (e.partitions?.length) {
    out.push('', `Loaded in ${e.partitions.length} partitions (key ranges) by parallel workers:`, '', '| Partition | Source | Loaded | Rejected | Done | Worker |', '|---|---:|---:|---:|---|---|');
    for (const p of e.partitions) out.push(`| ${cell(p.partition)} | ${fmtInt(p.sourceRows)} | ${fmtInt(p.loaded)} | ${fmtInt(p.rejected)} | ${p.done ? 'yes' : 'no'} | ${cell(p.worker ?? '-')} |`);
  }
  if (e.samples.length) {
    out.push('', `Sample of transformed records (first ${e.samples.length}):`, '', '```json', JSON.stringify(e.samples, null, 2), '```');
  }
  out.push('');
  return out;
}

/** Source against target per store view and currency; a row balances when source - rejected = target. */
export function reconciliationSection(r: Reconciliation): string[] {
  const verdict = r.balanced === null ? 'source side only' : r.balanced ? 'every figure balances (source - rejected = target)' : 'some figures do NOT balance';
  const out = ['#### Reconciliation', '', `- ${verdict}`, ...r.notes.map((n) => `- ${cell(n)}`), ''];
  out.push('| Documents | Store | Currency | Measure | Source | Rejected | Target | Balanced |', '|---|---|---|---|---:|---:|---:|---|');
  for (const x of r.rows) {
    out.push(`| ${x.doc} | ${cell(x.store)} | ${x.currency} | ${x.measure} | ${x.source} | ${x.rejected} | ${x.target ?? '-'} | ${x.balanced === null ? '-' : x.balanced ? 'yes' : 'NO'} |`);
  }
  out.push('');
  return out;
}
