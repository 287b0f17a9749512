/**
 * The import boundaries of .dependency-cruiser.cjs, checked by dependency-cruiser itself: the tree must have
 * no violation, and a tree that breaks each rule must be caught (so a broken config cannot pass silently).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const LAYERS = ['bin', 'core', 'sql', 'extractors', 'transforms', 'loaders', 'pipeline', 'services', 'verify', 'schemas', 'generator', 'bench', 'test'];

interface Violation { rule: { name: string }; from: string; to: string }

async function cruise(cwd: string, dirs: string[]): Promise<Violation[]> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...dirs], { cwd, maxBuffer: 64 << 20 });
    return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
  } catch (err) {
    // Violations make depcruise exit non-zero; its JSON is still on stdout.
    const stdout = (err as { stdout?: string }).stdout;
    if (!stdout) throw err;
    return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
  }
}

describe('architecture boundaries (dependency-cruiser)', () => {
  it('the project has no violation', async () => {
    const violations = await cruise(ROOT, LAYERS);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 120_000);

  it('catches a service importing the migration, an impure transform, a reader that interprets, a deep import and bin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'magemig-boundaries-'));
    copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    copyFileSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    const files: Record<string, string> = {
      'services/shop/index.ts': "export { x } from './repository.ts';\nimport { read } from '../../extractors/read.ts';\nexport const y = read;\n",
      'services/shop/repository.ts': 'export const x = 1;\n',
      'extractors/read.ts': "import { map } from '../transforms/map.ts';\nexport const read = map;\n",
      'transforms/map.ts': "import { readFileSync } from 'node:fs';\nimport { x } from '../services/shop/repository.ts';\nexport const map = () => readFileSync(String(x));\n",
      'pipeline/run.ts': "import { cli } from '../bin/cli.ts';\nexport const run = cli;\n",
      'bin/cli.ts': 'export const cli = 1;\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const rules = new Set((await cruise(dir, ['services', 'extractors', 'transforms', 'pipeline', 'bin'])).map((v) => v.rule.name));
    expect([...rules].sort()).toEqual(['extractors-only-read', 'nothing-imports-bin', 'only-index-of-services/shop', 'services-stand-alone', 'transforms-are-pure']);
  }, 120_000);
});
