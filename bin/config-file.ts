/**
 * `--config FILE`: every option a command takes, in a JSON or YAML file (YAML is a superset of JSON), keys as
 * the flags spell them (`batch-size`) or camelCase (`batchSize`). Precedence: a flag on the command line, then
 * the environment (MAGEMIG_SOURCE, ...), then the file, then the default. Unknown keys and values of the wrong
 * kind are refused with a one-line usage error naming the key.
 *
 *   # magemig.yaml
 *   source: mysql://reader:secret@replica:3306/magento
 *   target: postgres://migrator@pg:5432
 *   only: catalog,order
 *   batch-size: 2000
 */
import { readFileSync } from 'node:fs';
import type { Command, Option } from 'commander';
import { createRequire } from 'node:module';
import { MagemigError } from '../core/errors.ts';

const camel = (key: string): string => key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

// The YAML parser is loaded when a --config file is read (synchronously: options are applied before the action).
const yaml = (): typeof import('yaml') => createRequire(import.meta.url)('yaml') as typeof import('yaml');

function readDocument(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new MagemigError('USAGE', `cannot read --config ${file}: ${(err as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = yaml().parse(text);
  } catch (err) {
    throw new MagemigError('USAGE', `--config ${file} is neither JSON nor YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new MagemigError('USAGE', `--config ${file} must hold a mapping of option names to values`);
  return doc as Record<string, unknown>;
}

/** Applies the file named by --config to the options the command line and the environment left unset. */
export function applyConfigFile(cmd: Command): void {
  const file = cmd.getOptionValue('config') as string | undefined;
  if (!file) return;
  const options = new Map<string, Option>();
  for (const o of cmd.options) if (o.attributeName() !== 'config') options.set(o.attributeName(), o);
  for (const [key, value] of Object.entries(readDocument(file))) {
    const attr = camel(key.replace(/^--/, ''));
    const option = options.get(attr);
    if (!option) {
      const known = [...options.values()].map((o) => o.long?.replace(/^--/, '')).filter(Boolean).join(', ');
      throw new MagemigError('USAGE', `--config ${file}: unknown option '${key}' for ${cmd.name()} (known: ${known})`);
    }
    const source = cmd.getOptionValueSource(attr);
    if (source === 'cli' || source === 'env') continue;
    const takesValue = option.required || option.optional;
    if (takesValue) {
      if (typeof value !== 'string' && typeof value !== 'number') throw new MagemigError('USAGE', `--config ${file}: '${key}' must be a string or a number`);
      cmd.setOptionValueWithSource(attr, option.parseArg ? option.parseArg(String(value), undefined) : String(value), 'config');
    } else {
      if (typeof value !== 'boolean') throw new MagemigError('USAGE', `--config ${file}: '${key}' must be true or false`);
      // "--no-progress" is the option of attribute "progress": true means progress shown.
      cmd.setOptionValueWithSource(attr, value, 'config');
    }
  }
}

/** Options that must be set somewhere: a flag, the environment or the config file. */
export function requireOptions(cmd: Command, names: string[]): void {
  for (const name of names) {
    if (cmd.getOptionValue(name) !== undefined) continue;
    const option = cmd.options.find((o) => o.attributeName() === name)!;
    const env = option.envVar ? `, ${option.envVar}` : '';
    throw new MagemigError('USAGE', `required option '${option.flags}' not specified (give it${env} or put '${name}' in --config)`);
  }
}
