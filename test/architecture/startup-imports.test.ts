/**
 * What the CLI loads before it does anything: the HTTP stack (fastify and its plugins), jose, the job engine
 * (pg-boss) and the YAML parser are loaded by the commands and options that use them, on first use, not by every
 * process that reaches the services' contracts (a migrate process's resident memory: bench/README.md). Checked on
 * the real module graph: a child process records every module it loads while importing the CLI's commands.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');
const LOADED_ON_USE = ['fastify', '@fastify/swagger', '@fastify/rate-limit', 'jose', 'pg-boss', 'yaml'];

/** The npm packages a fresh process loads while importing `modules` (project paths). */
async function packagesLoadedBy(modules: string[]): Promise<Set<string>> {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = new Set();
    registerHooks({ load(url, ctx, next) { const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(url); if (m) seen.add(m[1]); return next(url, ctx); } });
    for (const m of ${JSON.stringify(modules)}) await import(new URL(m, 'file://${ROOT}/').href);
    process.stdout.write(JSON.stringify([...seen]));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { cwd: ROOT, maxBuffer: 16 << 20 });
  return new Set(JSON.parse(stdout) as string[]);
}

describe('start-up imports', () => {
  it('the CLI and its commands load neither the HTTP stack, jose, pg-boss nor yaml until they are used', async () => {
    const loaded = await packagesLoadedBy(['bin/commands/index.ts', 'pipeline/registry.ts', 'pipeline/run-migration.ts']);
    expect(loaded.has('mysql2') && loaded.has('pg-copy-streams'), 'the probe sees the packages migrate does use').toBe(true);
    expect(LOADED_ON_USE.filter((p) => loaded.has(p))).toEqual([]);
  });

  it('the probe catches an eager import: the job queue module imports pg-boss itself', async () => {
    const loaded = await packagesLoadedBy(['pipeline/workers/queue.ts']);
    expect(loaded.has('pg-boss')).toBe(true);
  });
});
