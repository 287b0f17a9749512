/** `magemig verify`'s report: the one-line summary, Markdown and the HTML page (the JSON is the report itself). */
import { fmtInt, fmtSeconds, textTable } from '../ui/format.ts';
import type { VerifyReport } from '../../verify/types.ts';
import { renderPage, type Table } from './html-page.ts';

const cell = (s: unknown): string => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const show = (v: unknown): string => (v === null || v === undefined ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));

export function verifyVerdict(r: VerifyReport): string {
  if (r.status === 'failed') return `verify failed: ${r.error ?? ''}`;
  const entities = r.services.flatMap((s) => s.entities);
  const differing = entities.filter((e) => !e.agrees).map((e) => `${e.service}/${e.entity}`);
  const fields = entities.reduce((n, e) => n + e.fieldsCompared, 0);
  if (r.status === 'agrees') return `verify: source and target agree (${entities.length} entities, ${fmtInt(fields)} fields compared, in ${fmtSeconds(r.seconds)})`;
  return `verify: ${fmtInt(r.differenceCount)} difference(s) in ${differing.join(', ')}: see the report`;
}

export function renderVerifySummary(r: VerifyReport): string {
  const rows = r.services.flatMap((s) => s.entities.map((e) => [
    e.service, e.entity, e.agrees ? 'agrees' : 'DIFFERS', fmtInt(e.counts.source), fmtInt(e.counts.loaded), fmtInt(e.counts.rejected),
    e.counts.addsUp ? 'yes' : 'NO', fmtInt(e.sampled), fmtInt(e.fieldsCompared), fmtInt(e.differenceCount),
  ]));
  const table = textTable(['service', 'entity', 'verdict', 'source', 'target', 'rejected', 'adds up', 'sampled', 'fields', 'differences'], rows,
    [false, false, false, true, true, true, false, true, true, true]);
  return `${table}\n\n${verifyVerdict(r)}\n`;
}

export function renderVerifyMarkdown(r: VerifyReport): string {
  const out = ['# magemig verify', '', `- Verdict: **${r.status}**${r.error ? ` - ${cell(r.error)}` : ''}`,
    `- Source \`${r.source}\`, target \`${r.target}\` (databases \`${r.dbPrefix}_<service>\`); sample ${r.sample === 'full' ? 'all' : fmtInt(r.sample)} per entity; ${fmtSeconds(r.seconds)}`, ''];
  for (const s of r.services) {
    out.push(`## ${s.service} (\`${s.database}\`)`, '');
    for (const e of s.entities) {
      out.push(`### ${s.service}/${e.entity}: ${e.agrees ? 'agrees' : 'DIFFERS'}`, '');
      out.push(`- Source ${fmtInt(e.counts.source)}; target ${fmtInt(e.counts.loaded)} + rejected ${fmtInt(e.counts.rejected)}: ${e.counts.addsUp ? 'adds up' : 'does NOT add up'}`);
      out.push(`- Sampled ${fmtInt(e.sampled)} entities, ${fmtInt(e.fieldsCompared)} fields compared, ${fmtInt(e.differenceCount)} differences`);
      for (const k of e.keySets) {
        out.push(`- Keys \`${cell(k.name)}\`: source ${fmtInt(k.source)}, target ${fmtInt(k.target)}; missing ${fmtInt(k.missingCount)}${k.missing.length ? ` (${k.missing.map((x) => `\`${cell(x)}\``).join(', ')})` : ''}; extra ${fmtInt(k.extraCount)}${k.extra.length ? ` (${k.extra.map((x) => `\`${cell(x)}\``).join(', ')})` : ''}`);
      }
      if (e.measures.length) {
        out.push('', '| Measure | Group | Source | Target | Agrees |', '|---|---|---:|---:|---|');
        for (const m of e.measures) out.push(`| ${cell(m.measure)} | ${cell(m.group)} | ${m.source} | ${m.target} | ${m.agrees ? 'yes' : 'NO'} |`);
      }
      if (e.differences.length) {
        out.push('', '| Key | Field | Source | Target |', '|---|---|---|---|');
        for (const d of e.differences) out.push(`| ${cell(d.key)} | ${cell(d.field)} | ${cell(show(d.source))} | ${cell(show(d.target))} |`);
      }
      out.push('');
    }
  }
  return out.join('\n') + '\n';
}

export function renderVerifyHtml(r: VerifyReport): string {
  const entities = r.services.flatMap((s) => s.entities);
  const summary: Table = {
    id: 'summary',
    caption: 'Per service and entity',
    columns: ['entity', 'verdict', 'source', 'target', 'rejected', 'adds up', 'sampled', 'fields', 'differences'],
    numeric: [false, false, true, true, true, false, true, true, true],
    rows: entities.map((e) => ({
      cells: [`${e.service}/${e.entity}`, e.agrees ? 'agrees' : 'DIFFERS', e.counts.source, e.counts.loaded, e.counts.rejected, e.counts.addsUp ? 'yes' : 'no', e.sampled, e.fieldsCompared, e.differenceCount],
      attrs: { entity: `${e.service}/${e.entity}`, differences: e.differenceCount, source: e.counts.source, loaded: e.counts.loaded },
    })),
  };
  const keys: Table = {
    id: 'keys', caption: 'Key sets', columns: ['entity', 'keys', 'source', 'target', 'missing', 'extra', 'examples'], numeric: [false, false, true, true, true, true, false],
    rows: entities.flatMap((e) => e.keySets.map((k) => ({ cells: [`${e.service}/${e.entity}`, k.name, k.source, k.target, k.missingCount, k.extraCount, [...k.missing, ...k.extra].slice(0, 10).join(', ')] }))),
  };
  const measures: Table = {
    id: 'measures', caption: 'Measures (sums)', columns: ['entity', 'measure', 'group', 'source', 'target', 'agrees'],
    rows: entities.flatMap((e) => e.measures.map((m) => ({
      cells: [`${e.service}/${e.entity}`, m.measure, m.group, m.source, m.target, m.agrees ? 'yes' : 'no'],
      attrs: { entity: `${e.service}/${e.entity}`, measure: m.measure, group: m.group, source: m.source, target: m.target, agrees: String(m.agrees) },
    }))),
  };
  const differences: Table = {
    id: 'differences', caption: 'Differences (service, entity, Magento key, field, source, target)', columns: ['entity', 'key', 'field', 'source', 'target'],
    rows: entities.flatMap((e) => e.differences.map((d) => ({
      cells: [`${d.service}/${d.entity}`, d.key, d.field, show(d.source), show(d.target)],
      attrs: { entity: `${d.service}/${d.entity}`, key: d.key, field: d.field },
    }))),
  };
  return renderPage({
    title: 'magemig verify',
    verdict: { ok: r.status === 'agrees', text: verifyVerdict(r) },
    facts: [['Started', r.startedAt], ['Took', fmtSeconds(r.seconds)], ['Source', r.source], ['Target', `${r.target} (databases ${r.dbPrefix}_<service>)`], ['Sample', r.sample === 'full' ? 'all entities' : `${r.sample} per entity`]],
    sections: [
      {
        heading: 'Summary', tables: [summary],
        charts: [{ id: 'differences-per-entity', title: 'Differences per entity', config: { type: 'bar', data: { labels: entities.map((e) => `${e.service}/${e.entity}`), datasets: [{ label: 'differences', data: entities.map((e) => e.differenceCount), backgroundColor: '#d62728' }] } } }],
      },
      { heading: 'Keys and measures', tables: [keys, measures] },
      { heading: 'Differences', tables: [differences] },
    ],
    data: r,
  });
}
