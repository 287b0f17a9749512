import { hash } from 'node:crypto';

/**
 * Every context derives the same UUID for the same Magento entity, with no lookup:
 * v5(NAMESPACE, "<entity type>:<magento id>"). The namespace is fixed forever: changing it would
 * re-key every migrated row.
 */
export const MAGEMIG_NAMESPACE = '6f1d2b8e-4c1a-5b7e-9a53-2d6c1e0b7f41';

// RFC 4122 v5 computed here rather than with uuid's v5(): one call per migrated row (millions per run), and
// the library re-parses and re-validates the namespace each time (about 2x slower). Same output: test/core.test.ts.
const NAMESPACE_BYTES = Buffer.from(MAGEMIG_NAMESPACE.replace(/-/g, ''), 'hex');
const HEX = Array.from({ length: 256 }, (_, i) => (i + 0x100).toString(16).slice(1));
// namespace + name, reused (no allocation per call but the digest); names longer than fit take a fresh buffer.
const SCRATCH = Buffer.alloc(16 + 1024);
NAMESPACE_BYTES.copy(SCRATCH, 0);

export function entityUuid(entityType: string, magentoId: number | string): string {
  const name = `${entityType}:${magentoId}`;
  const input =
    name.length * 3 <= SCRATCH.length - 16
      ? SCRATCH.subarray(0, 16 + SCRATCH.write(name, 16, 'utf8'))
      : Buffer.concat([NAMESPACE_BYTES, Buffer.from(name, 'utf8')]);
  const h = hash('sha1', input, 'buffer');
  const b6 = (h[6] & 0x0f) | 0x50; // version 5
  const b8 = (h[8] & 0x3f) | 0x80; // RFC 4122 variant
  return (
    HEX[h[0]] + HEX[h[1]] + HEX[h[2]] + HEX[h[3]] + '-' + HEX[h[4]] + HEX[h[5]] + '-' + HEX[b6] + HEX[h[7]] + '-' +
    HEX[b8] + HEX[h[9]] + '-' + HEX[h[10]] + HEX[h[11]] + HEX[h[12]] + HEX[h[13]] + HEX[h[14]] + HEX[h[15]]
  );
}
