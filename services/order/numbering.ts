/**
 * Numbers for new documents of a store view that never collide with migrated ones: the next value of
 * Magento's sequence (order_numbering, from sales_sequence_meta / _profile and sequence_<type>_<store>),
 * formatted as Magento does (prefix, the value zero-padded to 9 digits, suffix:
 * Magento\SalesSequence\Model\Sequence::DEFAULT_PATTERN), skipping any value whose increment id a migrated
 * document of that store already holds (a number imported by other means beyond the sequence). One UPDATE:
 * its row lock serialises concurrent callers.
 */
import { HttpError, type Queryable } from '../kit/index.ts';

export type DocumentType = 'order' | 'invoice' | 'shipment' | 'creditmemo';

const TABLES: Record<DocumentType, string> = { order: 'sales_order', invoice: 'invoice', shipment: 'shipment', creditmemo: 'creditmemo' };
/** How far past the last value to look for a free number (a gap of migrated numbers larger than this is absurd). */
const SEARCH = 100_000;

const formatted = (v: string) =>
  `n.prefix || CASE WHEN length(((${v} - n.start_value) * n.step + n.start_value)::text) >= 9 THEN ((${v} - n.start_value) * n.step + n.start_value)::text
     ELSE lpad(((${v} - n.start_value) * n.step + n.start_value)::text, 9, '0') END || n.suffix`;

export async function nextIncrementId(db: Queryable, storeMagentoId: number, type: DocumentType): Promise<string> {
  const table = TABLES[type];
  if (!table) throw new HttpError(400, 'BAD_DOCUMENT_TYPE', `unknown document type '${type}'`);
  const { rows } = await db.query<{ increment_id: string | null }>(
    `UPDATE order_numbering n SET last_value = (
        SELECT min(v) FROM generate_series(n.last_value + 1, n.last_value + ${SEARCH}) v
         WHERE NOT EXISTS (SELECT 1 FROM ${table} d WHERE d.increment_id = ${formatted('v')} AND coalesce(d.store_magento_id, -1) = n.store_magento_id))
      WHERE n.store_magento_id = $1 AND n.entity_type = $2
      RETURNING ${formatted('n.last_value')} AS increment_id`,
    [storeMagentoId, type],
  );
  if (rows.length === 0) throw new HttpError(404, 'NO_NUMBERING', `no ${type} numbering for store ${storeMagentoId}`);
  if (rows[0].increment_id === null) throw new HttpError(503, 'NUMBERING_EXHAUSTED', `no free ${type} number for store ${storeMagentoId}`);
  return rows[0].increment_id;
}
