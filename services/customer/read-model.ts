/**
 * The customer service's read model (migrations/002_customer_document.sql, in parts since 004): one JSON document
 * per customer, its head and tail in customer_document and each address's entry in customer_address_document,
 * written by the import with the rows (customer-document-parts.ts) or built by Postgres from them (these
 * statements, run in the transaction of each batch whose rows the documents derive from). GET /customers/{id} and
 * GET /customers?email= join the parts with one indexed, prepared query each.
 */
import type { FastifyReply } from 'fastify';
import type { Statement } from '../../core/batch.ts';
import type { Queryable } from '../kit/index.ts';
import { emailKey } from './repository.ts';

export const customerDocuments = {
  /** The head and tail of these customers' documents (customer UUIDs), from their rows. */
  refresh: (customerIds: readonly string[]): Statement => ({ text: 'SELECT refresh_customer_documents($1::uuid[])', values: [[...new Set(customerIds)]] }),
  /** The entries of these addresses (address UUIDs) in their customers' documents, from their rows. */
  refreshAddresses: (addressIds: readonly string[]): Statement => ({ text: 'SELECT refresh_customer_address_documents($1::uuid[])', values: [[...new Set(addressIds)]] }),
  /** After websites, stores or groups change (their codes are in the documents): every document already built (none in a first run). */
  refreshBuilt: (): Statement => ({ text: 'SELECT refresh_customer_documents(ARRAY(SELECT customer_id FROM customer_document))', values: [] }),
};

/**
 * The document's text from its parts (`d`: a customer_document row): its head, its addresses' entries by Magento id
 * with the customer's default flags put in, its tail; the same text as 003's json_build_object.
 */
const DOCUMENT_BODY = `d.head || COALESCE((
    SELECT string_agg(a.head
             || CASE WHEN a.address_id = d.default_billing_address_id THEN ', "default_billing" : true' ELSE ', "default_billing" : false' END
             || CASE WHEN a.address_id = d.default_shipping_address_id THEN ', "default_shipping" : true' ELSE ', "default_shipping" : false' END
             || a.tail, ', ' ORDER BY a.magento_id)
      FROM customer_address_document a WHERE a.customer_id = d.customer_id), '') || d.tail`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The stored answer for a customer by UUID or Magento entity_id, with its owner, or null. */
export async function storedCustomer(db: Queryable, id: string): Promise<{ id: string; body: string } | null> {
  const byUuid = UUID.test(id);
  const { rows } = await db.query<{ id: string; body: string }>({
    name: byUuid ? 'customer-document-by-id' : 'customer-document-by-magento-id',
    text: `SELECT d.customer_id AS id, ${DOCUMENT_BODY} AS body FROM customer_document d WHERE ${byUuid ? 'd.customer_id = $1::uuid' : 'd.magento_id = $1::bigint'}`,
    values: [id],
  });
  return rows[0] ?? null;
}

/**
 * The answer of GET /customers?email=E[&website=CODE] as JSON text ({"customers":[...]}, by Magento id), in one
 * query; `website: false` when a website code is given and no website has it; `count` documents found.
 */
export async function storedCustomersByEmail(db: Queryable, email: string, websiteCode: string | null): Promise<{ website: boolean; count: number; body: string }> {
  const { rows } = await db.query<{ website: boolean; count: number; body: string }>({
    name: 'customer-documents-by-email',
    text: `WITH w AS (SELECT (SELECT magento_id FROM website WHERE code = $2) AS magento_id)
           SELECT $2::text IS NULL OR w.magento_id IS NOT NULL AS website, count(b.body)::int AS count,
                  '{"customers":[' || COALESCE(string_agg(b.body, ',' ORDER BY d.magento_id), '') || ']}' AS body
             FROM w LEFT JOIN customer_document d ON d.email_key = $1 AND ($2::text IS NULL OR d.website_magento_id = w.magento_id)
             LEFT JOIN LATERAL (SELECT ${DOCUMENT_BODY} AS body) b ON d.customer_id IS NOT NULL
            GROUP BY w.magento_id`,
    values: [emailKey(email), websiteCode],
  });
  return rows[0];
}

/** Sends a stored answer as it is: JSON text, past the route's response schema (it was built to that shape). */
export function sendStored(reply: { type(t: string): unknown }, body: string): FastifyReply {
  return (reply as FastifyReply).type('application/json; charset=utf-8').send(body);
}
