import { v5 as uuidv5 } from 'uuid';

/**
 * Every context derives the same UUID for the same Magento entity, with no lookup:
 * v5(NAMESPACE, "<entity type>:<magento id>"). The namespace is fixed forever: changing it would
 * re-key every migrated row.
 */
export const MAGEMIG_NAMESPACE = '6f1d2b8e-4c1a-5b7e-9a53-2d6c1e0b7f41';

export function entityUuid(entityType: string, magentoId: number | string): string {
  return uuidv5(`${entityType}:${magentoId}`, MAGEMIG_NAMESPACE);
}
