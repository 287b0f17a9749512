import type { Command } from 'commander';
import { registerSeed } from './seed.ts';
import { registerInspect } from './inspect.ts';
import { registerMigrate } from './migrate.ts';
import { registerServe } from './serve.ts';
import { registerDemo } from './demo.ts';
import { registerVerify } from './verify.ts';
import { registerWorker } from './worker.ts';
import { registerToken } from './token.ts';
import { registerExport } from './export.ts';

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  registerSeed(program);
  registerInspect(program);
  registerMigrate(program);
  registerVerify(program);
  registerWorker(program);
  registerServe(program);
  registerDemo(program);
  registerToken(program);
  registerExport(program);
}
