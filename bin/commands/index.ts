import type { Command } from 'commander';
import { registerSeed } from './seed.ts';
import { registerInspect } from './inspect.ts';

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  registerSeed(program);
  registerInspect(program);
}
