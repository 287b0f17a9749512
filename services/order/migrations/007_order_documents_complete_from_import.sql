-- The orders batch writes its orders' whole documents (head, tail, payment without transactions, the later
-- entities' lists empty: services/order/order-document-parts.ts) with the rows, and Postgres rebuilds the other
-- parts only of the orders that already have rows of those later entities (a rerun or a delta; none in a first run).
--
-- Why: the batch used to COPY the head and tail and then have refresh_order_documents add the payment and the empty
-- lists to every one of its orders: a second version of each document row right after the first, 5.4 s of
-- Postgres time for the 50,000 orders of `medium` (statement log, load 4-6), and dead rows every later refresh
-- had to step over.
CREATE FUNCTION refresh_order_documents_with_later_rows(ids uuid[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  later uuid[] := ARRAY(
    SELECT u.id FROM unnest(ids) AS u(id)
     WHERE EXISTS (SELECT 1 FROM invoice i WHERE i.order_id = u.id)
        OR EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = u.id)
        OR EXISTS (SELECT 1 FROM creditmemo m WHERE m.order_id = u.id)
        OR EXISTS (SELECT 1 FROM payment_transaction t WHERE t.order_id = u.id)
        OR EXISTS (SELECT 1 FROM downloadable_link_purchased_item l WHERE l.order_id = u.id));
BEGIN
  IF cardinality(later) = 0 THEN
    RETURN 0;
  END IF;
  RETURN refresh_order_documents(later, ARRAY['payment', 'invoices', 'shipments', 'credit_memos', 'links']);
END
$$;
