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
// The UUID's text is written into OUT and read back as one flat string: concatenating 20 pieces made a
// 20-node rope per id, and ids stay alive in batch rows until COPY, so the young GC copied every node.
const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
const OUT = Buffer.from('00000000-0000-0000-0000-000000000000', 'latin1');
const OUT_POS = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
// namespace + name, reused (no allocation per call but the digest); names longer than fit take a fresh buffer.
const SCRATCH = Buffer.alloc(16 + 1024);
NAMESPACE_BYTES.copy(SCRATCH, 0);

export function entityUuid(entityType: string, magentoId: number | string): string {
  const name = `${entityType}:${magentoId}`;
  let h: Buffer;
  if (name.length * 3 <= SCRATCH.length - 16) {
    h = hash('sha1', SCRATCH.subarray(0, 16 + SCRATCH.write(name, 16, 'utf8')), 'buffer');
  } else {
    h = hash('sha1', Buffer.concat([NAMESPACE_BYTES, Buffer.from(name, 'utf8')]), 'buffer');
  }
  h[6] = (h[6] & 0x0f) | 0x50; // version 5
  h[8] = (h[8] & 0x3f) | 0x80; // RFC 4122 variant
  for (let i = 0; i < 16; i++) {
    const b = h[i];
    const p = OUT_POS[i];
    OUT[p] = HEX_DIGITS[b >> 4];
    OUT[p + 1] = HEX_DIGITS[b & 15];
  }
  return OUT.toString('latin1', 0, 36);
}
