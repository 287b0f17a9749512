/**
 * The settings that shape a service database's content (edition, null policy, staging version) are those
 * of the run that started its migration (magemig.run_settings): a resumed run or a rerun reuses them, so
 * it cannot mix two rules in one target or read a later staging version for the remaining batches.
 */
import { MagemigError } from '../core/errors.ts';
import type { RunSettings } from '../loaders/bookkeeping.ts';
import type { Edition, NullPolicy } from './types.ts';

/** What this run asks for: undefined where the user gave no flag. */
export interface RequestedSettings {
  nullPolicy?: NullPolicy;
  stagingVersion?: number;
}

const EDITION_NAME: Record<Edition, string> = { opensource: 'Magento Open Source', commerce: 'Adobe Commerce' };

/**
 * `stored`: the database's settings, when it has progress (a checkpoint) under them; null for a fresh
 * migration, which takes the flags, else the defaults. Throws a one-line USAGE error on a conflict.
 */
export function resolveRunSettings(
  database: string,
  stored: RunSettings | null,
  edition: Edition,
  requested: RequestedSettings,
  defaults: { nullPolicy: NullPolicy; stagingVersion: number },
): RunSettings {
  const stagingVersion = (v: number | undefined): number | null => (edition === 'commerce' ? (v ?? defaults.stagingVersion) : null);
  if (!stored) return { edition, nullPolicy: requested.nullPolicy ?? defaults.nullPolicy, stagingVersion: stagingVersion(requested.stagingVersion) };
  if (stored.edition !== edition) {
    throw new MagemigError(
      'USAGE',
      `${database} was started from a ${EDITION_NAME[stored.edition]} source, this source is ${EDITION_NAME[edition]}: use the same source, or --restart`,
    );
  }
  if (requested.nullPolicy !== undefined && requested.nullPolicy !== stored.nullPolicy) {
    throw new MagemigError('USAGE', `${database} was started with --null-policy ${stored.nullPolicy}: resume with that (or without the flag), or use --restart`);
  }
  if (edition === 'commerce' && requested.stagingVersion !== undefined && requested.stagingVersion !== stored.stagingVersion) {
    throw new MagemigError(
      'USAGE',
      `${database} was started with --staging-version ${stored.stagingVersion}: resume with that (or without the flag), or use --restart`,
    );
  }
  // A Commerce database from before run_settings kept a staging version (none stored): take this run's.
  return { edition, nullPolicy: stored.nullPolicy, stagingVersion: edition === 'commerce' ? (stored.stagingVersion ?? stagingVersion(requested.stagingVersion)) : null };
}
