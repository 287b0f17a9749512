/** bench/results/: one JSON per run (<profile>-<timestamp>.json) and latest-<profile>.json beside it. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROFILES } from './config.ts';
import { ROOT } from './magemig.ts';
import type { BenchResult } from './result.ts';

export const RESULTS_DIR = join(ROOT, 'bench', 'results');

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]/g, '_');
}

export async function writeResult(result: BenchResult, dir = RESULTS_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const stamp = result.finishedAt.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  const name = safeName(result.profile + (result.edition === 'commerce' ? '-commerce' : ''));
  const text = `${JSON.stringify(result, null, 2)}\n`;
  const files = [join(dir, `${name}-${stamp}.json`), join(dir, `latest-${name}.json`)];
  for (const f of files) await writeFile(f, text);
  return files;
}

/** Profile order for the scaling table: tiny < small < medium < large < xlarge, then anything else. */
export function profileRank(profile: string): number {
  const i = (PROFILES as readonly string[]).indexOf(profile);
  return i === -1 ? PROFILES.length : i;
}

/** The latest result of every profile, smallest profile first. */
export async function latestResults(dir = RESULTS_DIR): Promise<BenchResult[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.startsWith('latest-') && n.endsWith('.json'));
  } catch {
    return [];
  }
  const results: BenchResult[] = [];
  for (const n of names) {
    try {
      const r = JSON.parse(await readFile(join(dir, n), 'utf8')) as BenchResult;
      if (r.format === 1) results.push(r);
    } catch {
      // a half-written or foreign file: not a result
    }
  }
  return results.sort((a, b) => profileRank(a.profile) - profileRank(b.profile) || a.edition.localeCompare(b.edition) || a.profile.localeCompare(b.profile));
}

/** The results the scaling summary compares: the generated profiles of one edition, smallest first. */
export function scalingSet(results: BenchResult[], edition: string): BenchResult[] {
  return results.filter((r) => r.edition === edition && r.seed !== null && profileRank(r.profile) < PROFILES.length);
}
