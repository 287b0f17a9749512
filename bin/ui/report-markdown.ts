/** `--report FILE`: the run's report as Markdown in FILE and as JSON beside it (FILE with .json). */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { EntityReport, RunReport } from '../../pipeline/report.ts';
import { fmtInt, fmtSeconds } from './format.ts';
import { addsUp } from './summary.ts';

/** report.md -> report.json; report -> report.json; report.json -> Markdown in report.md (nothing overwritten). */
export function reportPaths(file: string): { markdown: string; json: string } {
  const ext = extname(file);
  const base = ext ? file.slice(0, -ext.length) : file;
  if (ext.toLowerCase() === '.json') return { markdown: `${base}.md`, json: file };
  return { markdown: file, json: `${base}.json` };
}

export async function writeReport(report: RunReport, file: string): Promise<{ markdown: string; json: string }> {
  const paths = reportPaths(file);
  await writeFile(paths.markdown, renderMarkdown(report));
  await writeFile(paths.json, JSON.stringify(report, null, 2) + '\n');
  return paths;
}

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
    if (s.reconciliation?.length) {
      out.push('Reconciliation (source = target + rejected):', '', '| Check | Scope | Source | Target | Rejected | Matches |', '|---|---|---:|---:|---:|---|');
      for (const c of s.reconciliation) out.push(`| ${cell(c.check)} | ${cell(c.scope)} | ${c.source} | ${c.target} | ${c.rejected} | ${c.matches ? 'yes' : '**NO**'} |`);
      out.push('');
    }
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
    out.push('', '| Reject reason | Records |', '|---|---:|');
    for (const [reason, n] of reasons) out.push(`| ${cell(reason)} | ${fmtInt(n)} |`);
  }
  const stats = Object.entries(e.stats);
  if (stats.length) {
    out.push('', '| Stat | Count |', '|---|---:|');
    for (const [k, n] of stats.sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`| ${cell(k)} | ${fmtInt(n)} |`);
  }
  if (e.samples.length) {
    out.push('', `Sample of transformed records (first ${e.samples.length}):`, '', '```json', JSON.stringify(e.samples, null, 2), '```');
  }
  out.push('');
  return out;
}
