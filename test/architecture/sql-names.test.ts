/**
 * SQL lives in sql/ as .sql files, each reachable through exactly one typed name (its folder's index.ts), and
 * every source query of a context is run by one of its declared entities (no dead SQL).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTEXTS } from '../../pipeline/registry.ts';
import type { SqlQuery } from '../../sql/query.ts';

const SQL = join(import.meta.dirname, '..', '..', 'sql');
/** Folders whose .sql files are queries with typed names (migrations and Magento's DDL are applied as files). */
const sub = (dir: string): string[] => readdirSync(join(SQL, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${dir}/${d.name}`);
const QUERY_FOLDERS = ['bookkeeping', 'verify', ...sub('source'), ...sub('verify')];

function sqlFiles(folder: string): string[] {
  return readdirSync(join(SQL, folder)).filter((f) => f.endsWith('.sql')).map((f) => `${folder}/${f.slice(0, -4)}`).sort();
}

async function typedNames(folder: string): Promise<string[]> {
  const mod = (await import(join(SQL, folder, 'index.ts'))) as Record<string, unknown>;
  const queries = Object.values(mod).filter((v): v is SqlQuery => typeof v === 'object' && v !== null && 'name' in v && 'text' in v);
  for (const q of queries) expect(q.text.length, `${q.name} has text`).toBeGreaterThan(0);
  return queries.map((q) => q.name).sort();
}

describe('SQL by typed names', () => {
  it.each(QUERY_FOLDERS)('every file of sql/%s has exactly one typed name, and every name its file', async (folder) => {
    expect(await typedNames(folder)).toEqual(sqlFiles(folder));
  });

  it.each(CONTEXTS.map((c) => c.name))('every source query of %s is run by one of its declared entities', (name) => {
    const context = CONTEXTS.find((c) => c.name === name)!;
    const run = new Set(context.entities.flatMap((e) => e.queries ?? []));
    const unused = sqlFiles(`source/${name}`).filter((q) => !run.has(q));
    expect(unused, `queries of sql/source/${name} no entity runs (${relative(process.cwd(), SQL)})`).toEqual([]);
  });
});
