/**
 * `--report FILE`: a run's (or a verification's) report as Markdown in FILE, and beside it as JSON (the
 * published schema, schemas/) and as one self-contained HTML page (charts inlined, no network needed).
 *   report.md -> report.json, report.html; report -> report.json, report.html; report.json -> report.md, report.html
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';

export interface ReportPaths {
  markdown: string;
  json: string;
  html: string;
}

export function reportPaths(file: string): ReportPaths {
  const ext = extname(file);
  const base = ext ? file.slice(0, -ext.length) : file;
  const lower = ext.toLowerCase();
  if (lower === '.json') return { markdown: `${base}.md`, json: file, html: `${base}.html` };
  if (lower === '.html') return { markdown: `${base}.md`, json: `${base}.json`, html: file };
  return { markdown: file, json: `${base}.json`, html: `${base}.html` };
}

export async function writeReportFiles(file: string, doc: unknown, markdown: string, html: string): Promise<ReportPaths> {
  const paths = reportPaths(file);
  await writeFile(paths.markdown, markdown);
  await writeFile(paths.json, JSON.stringify(doc, null, 2) + '\n');
  await writeFile(paths.html, html);
  return paths;
}
