/**
 * The services `magemig migrate` knows, in load order. Each is the ServiceDefinition exported by
 * services/<context>/index.ts (its only public surface); list it here when its migration exists.
 */
import { MagemigError } from '../core/errors.ts';
import { catalogService } from '../services/catalog/index.ts';
import type { ServiceDefinition } from './types.ts';

export const SERVICES: readonly ServiceDefinition[] = [catalogService];

/** The services named by --only (all when absent), in registry order; an unknown name is a usage error. */
export function selectServices(only: readonly string[] | undefined, from: readonly ServiceDefinition[] = SERVICES): ServiceDefinition[] {
  if (!only || only.length === 0) return [...from];
  const known = new Set(from.map((s) => s.name));
  const unknown = only.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    const list = from.length ? from.map((s) => s.name).join(', ') : 'none yet';
    throw new MagemigError('USAGE', `unknown service ${unknown.join(', ')} in --only (known: ${list})`);
  }
  const wanted = new Set(only);
  return from.filter((s) => wanted.has(s.name));
}
