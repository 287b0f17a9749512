-- The documents' relations, when a batch of them loads (pipeline/catalog/product-relations.ts), at a fraction of a
-- full rebuild: the import writes the documents of plain products with their rows, with no children and no
-- links yet (services/catalog/product-document-text.ts); most products that have relations have links only, and
-- the import sends their links' text (017's: each type's SKUs by position, then SKU bytewise; every type shown).
--
-- refresh_product_relations(parents, linked, links, page), in the batch's transaction:
--   * linked[i] gets links[i] in each of its documents that still ends with 017's empty children and links (a
--     document with composite parts ends with them instead, and is rebuilt below);
--   * refresh_product_documents builds again the documents of the parents (products with configurable children,
--     grouped items or bundle selections), of the linked products no document of which took its links, and of
--     the page's products without any document (the import leaves composite products to Postgres).
CREATE FUNCTION refresh_product_relations(parents uuid[], linked uuid[], links text[], page uuid[]) RETURNS integer
LANGUAGE plpgsql
SET jit = off SET enable_seqscan = off AS $$
DECLARE
  empty constant text := '"children" : [], "links" : {"upsell": [], "related": [], "crosssell": []}}';
  updated uuid[];
BEGIN
  WITH x AS (SELECT * FROM unnest(linked, links) AS x (pid, links)),
  done AS (
    UPDATE product_document d SET body = left(d.body, -length(empty)) || '"children" : [], "links" : ' || x.links || '}'
      FROM x
     -- The ANY is the index condition: without statistics the planner would scan every document for the join.
     WHERE d.product_id = ANY (linked) AND d.product_id = x.pid AND right(d.body, length(empty)) = empty
    RETURNING d.product_id
  )
  SELECT array_agg(DISTINCT product_id) INTO updated FROM done;
  RETURN refresh_product_documents(ARRAY(
    SELECT unnest(parents)
    UNION SELECT l FROM unnest(linked) AS l WHERE NOT (l = ANY (COALESCE(updated, '{}')))
    UNION SELECT p FROM unnest(page) AS p WHERE NOT EXISTS (SELECT 1 FROM product_document d WHERE d.product_id = p)));
END
$$;
