import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { describeError, MagemigError } from '../core/errors.ts';
import { registerCommands } from './commands/index.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command();
program
  .name('magemig')
  .version(version)
  .description('Move a Magento 2 store off MySQL into the Postgres databases of domain services')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // One line, no stack trace, no password: users read this, not developers.
  process.stderr.write(`magemig: ${describeError(err)}\n`);
  if (process.env.MAGEMIG_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = err instanceof MagemigError && err.code === 'USAGE' ? 2 : 1;
}
