import type { Command } from 'commander';
import { MagemigError } from '../../core/errors.ts';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('(not implemented yet)')
    .action(() => {
      throw new MagemigError('NOT_IMPLEMENTED', 'seed is not implemented yet');
    });
}
