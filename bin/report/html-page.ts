/**
 * One self-contained HTML page (no network needed to open it): static tables a reader (and a test) can read,
 * the report's JSON embedded as data, and charts drawn by Chart.js, whose UMD build is inlined from
 * node_modules. Every value is HTML-escaped; the embedded JSON cannot close its script element.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let chartJs: string | null = null;

function chartLibrary(): string {
  if (chartJs === null) {
    const main = createRequire(import.meta.url).resolve('chart.js');
    chartJs = readFileSync(join(dirname(main), 'chart.umd.min.js'), 'utf8');
  }
  return chartJs;
}

export function esc(v: unknown): string {
  return String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface Table {
  /** data-table attribute: how tests and scripts find it. */
  id: string;
  caption: string;
  columns: string[];
  /** Each row's cells; `attrs` become data-* attributes of the row. */
  rows: Array<{ cells: Array<string | number | null>; attrs?: Record<string, string | number> }>;
  numeric?: boolean[];
}

export interface Chart {
  id: string;
  title: string;
  /** A Chart.js configuration (type, data, options): plain JSON. */
  config: unknown;
}

export interface Page {
  title: string;
  /** Label -> value lines at the top. */
  facts: Array<[string, string]>;
  verdict: { ok: boolean; text: string };
  sections: Array<{ heading: string; tables: Table[]; charts?: Chart[]; notes?: string[] }>;
  data: unknown;
}

function renderTable(t: Table): string {
  const head = t.columns.map((c, i) => `<th${t.numeric?.[i] ? ' class="n"' : ''}>${esc(c)}</th>`).join('');
  const body = t.rows.map((r) => {
    const attrs = Object.entries(r.attrs ?? {}).map(([k, v]) => ` data-${esc(k)}="${esc(v)}"`).join('');
    const cells = r.cells.map((c, i) => `<td${t.numeric?.[i] ? ' class="n"' : ''}>${esc(typeof c === 'number' ? c.toLocaleString('en-US') : (c ?? '-'))}</td>`).join('');
    return `<tr${attrs}>${cells}</tr>`;
  }).join('\n');
  return `<table data-table="${esc(t.id)}"><caption>${esc(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{color:#666}table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#0a6b2d}.bad{color:#b00020}.verdict{font-size:1.1rem;font-weight:600;margin:1rem 0}.chart{height:320px;margin:1rem 0}
.notes{color:#555}`;

export function renderPage(p: Page): string {
  const charts = p.sections.flatMap((s) => s.charts ?? []);
  const sections = p.sections.map((s) => [
    `<section><h2>${esc(s.heading)}</h2>`,
    ...(s.notes ?? []).map((n) => `<p class="notes">${esc(n)}</p>`),
    ...(s.charts ?? []).map((c) => `<figure><figcaption>${esc(c.title)}</figcaption><div class="chart"><canvas id="${esc(c.id)}" data-chart="${esc(c.id)}"></canvas></div></figure>`),
    ...s.tables.map(renderTable),
    '</section>',
  ].join('\n')).join('\n');
  // "</" cannot appear inside the script elements: JSON escapes it as "<\/".
  const json = (v: unknown): string => JSON.stringify(v).replace(/<\//g, '<\\/');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(p.title)}</h1>
<p class="verdict ${p.verdict.ok ? 'ok' : 'bad'}" data-verdict="${p.verdict.ok ? 'ok' : 'bad'}">${esc(p.verdict.text)}</p>
<dl>${p.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${sections}
<script id="report-data" type="application/json">${json(p.data)}</script>
<script>${chartLibrary()}</script>
<script>
const charts = ${json(charts.map((c) => ({ id: c.id, config: c.config })))};
for (const c of charts) new Chart(document.getElementById(c.id), Object.assign({}, c.config, { options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, c.config.options || {}) }));
document.body.dataset.rendered = 'true';
</script>
</body></html>
`;
}
