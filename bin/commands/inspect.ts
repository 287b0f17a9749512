import type { Command } from 'commander';
import { MagemigError } from '../../core/errors.ts';

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('(not implemented yet)')
    .action(() => {
      throw new MagemigError('NOT_IMPLEMENTED', 'inspect is not implemented yet');
    });
}
