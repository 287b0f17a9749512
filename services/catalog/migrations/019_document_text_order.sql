-- refresh_product_documents (017) with three changes, the same documents otherwise:
--   * a product's categories (by path) and its links of one type at the same position (by SKU) are ordered
--     bytewise (COLLATE "C") in every database, whatever its default collation: the import now writes most
--     documents and their links itself (services/catalog/product-document-text.ts, transforms/catalog/
--     product-documents.ts) and must order them as Postgres does, which it can only know for "C". Before, the
--     order followed the database's collation (en_US orders "1/2/34" before "1/2/3/5"; "C" after). The live
--     assembly (repository-products.ts) orders the same way;
--   * product_composite_parts is called once per document, not twice (OFFSET 0 below);
--   * documents built under another collation are built again at the end of this migration.

CREATE OR REPLACE FUNCTION refresh_product_documents(ids uuid[]) RETURNS integer
LANGUAGE plpgsql
SET jit = off SET enable_seqscan = off SET plan_cache_mode = force_custom_plan SET work_mem = '32MB' AS $$
DECLARE
  written integer;
  -- The store views, as a value: the planner then knows how many there are (no statistics on store).
  stores uuid[] := ARRAY(SELECT id FROM store);
BEGIN
  DELETE FROM product_document WHERE product_id = ANY (ids);
  WITH base AS MATERIALIZED (
    SELECT p.id AS pid, p.magento_id, p.sku, p.type, s.id AS sid, s.code AS scode,
           jsonb_strip_nulls(p.attributes || COALESCE(pwa.attributes, '{}'::jsonb) || COALESCE(psa.attributes, '{}'::jsonb)) AS attrs
      FROM product p
      CROSS JOIN unnest(stores) AS st (id)
      JOIN store s ON s.id = st.id
      LEFT JOIN (SELECT * FROM product_website_attributes WHERE product_id = ANY (ids)) pwa ON pwa.product_id = p.id AND pwa.website_id = s.website_id
      LEFT JOIN (SELECT * FROM product_store_attributes WHERE product_id = ANY (ids)) psa ON psa.product_id = p.id AND psa.store_id = s.id
     WHERE p.id = ANY (ids)
  ),
  -- Labels of select and multiselect values (optionLabels): the store's option label, else the admin one;
  -- values a source model names (status, visibility, tax class...) get its label; option labels win.
  label_attrs AS (
    SELECT a.id, a.code, a.frontend_input,
           a.frontend_input IN ('select', 'multiselect') AND EXISTS (SELECT 1 FROM attribute_option o WHERE o.attribute_id = a.id) AS by_options,
           EXISTS (SELECT 1 FROM attribute_source_option so WHERE so.attribute_id = a.id) AS by_source
      FROM attribute a WHERE a.entity_type = 'product'
  ),
  -- The batch's labelled values, one row per document and attribute: found by walking each document's own keys
  -- (about 20) against the label attributes, not by testing every label attribute on every document.
  kv AS MATERIALIZED (
    SELECT b.pid, b.sid, e.key, e.value, jsonb_typeof(e.value) AS kind, la.id AS attribute_id, la.by_options, la.by_source,
           la.by_options AND jsonb_typeof(e.value) IN ('number', 'array') AND (la.frontend_input = 'multiselect' OR jsonb_typeof(e.value) = 'array') AS many
      FROM base b CROSS JOIN LATERAL jsonb_each(b.attrs) e
      JOIN label_attrs la ON la.code = e.key
     WHERE la.by_options OR la.by_source
  ),
  -- Every option label of the attributes the batch shows, in each store view: its own label, else the admin one.
  option_labels AS MATERIALIZED (
    SELECT st.id AS sid, o.attribute_id, o.magento_id::text AS oid, COALESCE(ol.label, o.label) AS label
      FROM attribute_option o
      CROSS JOIN unnest(stores) AS st (id)
      LEFT JOIN attribute_option_label ol ON ol.option_id = o.id AND ol.store_id = st.id
     WHERE o.attribute_id IN (SELECT DISTINCT attribute_id FROM kv WHERE by_options)
  ),
  labelled AS (
    -- One value: the option label, else the source model's.
    SELECT kv.pid, kv.sid, kv.key, COALESCE(CASE WHEN kv.by_options AND kv.kind = 'number' THEN to_jsonb(ol.label) END, to_jsonb(so.label)) AS label
      FROM kv
      LEFT JOIN option_labels ol ON kv.by_options AND kv.kind = 'number' AND ol.sid = kv.sid AND ol.attribute_id = kv.attribute_id AND ol.oid = kv.value #>> '{}'
      LEFT JOIN attribute_source_option so ON kv.by_source AND kv.kind IN ('number', 'string') AND so.attribute_id = kv.attribute_id AND so.value = kv.value #>> '{}'
     WHERE NOT kv.many
    UNION ALL
    -- Several values (a multiselect): the labels found, in the value's order (an empty list shows no key).
    SELECT kv.pid, kv.sid, kv.key, COALESCE(jsonb_agg(to_jsonb(ol.label) ORDER BY x.ord) FILTER (WHERE ol.label IS NOT NULL), '[]'::jsonb)
      FROM kv
      CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN kv.kind = 'array' THEN kv.value ELSE jsonb_build_array(kv.value) END) WITH ORDINALITY AS x (id, ord)
      LEFT JOIN option_labels ol ON ol.sid = kv.sid AND ol.attribute_id = kv.attribute_id AND ol.oid = x.id
     WHERE kv.many
     GROUP BY kv.pid, kv.sid, kv.key
  ),
  options AS (
    SELECT pid, sid, jsonb_object_agg(key, label) AS v FROM labelled WHERE label IS NOT NULL GROUP BY pid, sid
  ),
  websites AS (
    SELECT pw.product_id AS pid, jsonb_agg(w.code ORDER BY w.sort_order, w.magento_id) AS v
      FROM product_website pw JOIN website w ON w.id = pw.website_id WHERE pw.product_id = ANY (ids) GROUP BY pw.product_id
  ),
  -- The product's categories inside the store view's tree, with the store's names: each store view's tree is
  -- resolved once (stores x categories, small), and only the batch's own category links are joined to it.
  store_categories AS MATERIALIZED (
    SELECT s.id AS sid, c.id AS cid, c.magento_id, c.path, cs.name, cs.url_key, cs.url_path
      FROM store s
      JOIN category root ON root.id = s.root_category_id
      JOIN category c ON c.path = root.path OR c.path LIKE root.path || '/%'
      LEFT JOIN category_store cs ON cs.category_id = c.id AND cs.store_id = s.id
  ),
  batch_categories AS MATERIALIZED (SELECT product_id, category_id, position FROM product_category WHERE product_id = ANY (ids)),
  categories AS (
    SELECT pc.product_id AS pid, sc.sid,
           jsonb_agg(jsonb_build_object('id', sc.cid, 'magento_id', sc.magento_id, 'name', sc.name, 'url_key', sc.url_key,
                                        'url_path', sc.url_path, 'position', pc.position) ORDER BY sc.path COLLATE "C", sc.magento_id) AS v
      FROM batch_categories pc
      JOIN store_categories sc ON sc.cid = pc.category_id
     GROUP BY pc.product_id, sc.sid
  ),
  -- Gallery entries with the store's label, position and disabled flag where it has its own.
  media AS (
    SELECT b.pid, b.sid,
           jsonb_agg(jsonb_build_object('magento_id', m.magento_value_id, 'file', m.file, 'media_type', m.media_type,
                                        'label', COALESCE(ms.label, m.label), 'position', COALESCE(ms.position, m.position),
                                        'disabled', COALESCE(ms.disabled, m.disabled))
                     || CASE WHEN COALESCE(ms.video, m.video) IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('video', COALESCE(ms.video, m.video)) END
                     ORDER BY COALESCE(ms.position, m.position) NULLS LAST, m.magento_value_id) AS v
      FROM product_media m
      JOIN base b ON b.pid = m.product_id
      LEFT JOIN (SELECT * FROM product_media_store WHERE product_id = ANY (ids)) ms ON ms.product_id = m.product_id AND ms.media_id = m.media_id AND ms.store_id = b.sid
     WHERE m.product_id = ANY (ids)
     GROUP BY b.pid, b.sid
  ),
  -- Configurable children, grouped items and bundle selections, each SKU once, in the parent's order.
  batch_relations AS MATERIALIZED (
    SELECT cc.parent_id AS pid, cc.child_id AS cid, 1 AS kind, 0 AS pos1, 0 AS pos2 FROM product_configurable_child cc WHERE cc.parent_id = ANY (ids)
    UNION ALL
    SELECT g.parent_id, g.child_id, 2, COALESCE(g.position, 0), 0 FROM product_grouped_item g WHERE g.parent_id = ANY (ids)
    UNION ALL
    SELECT bs.parent_id, bs.child_id, 3, o.position, bs.position FROM product_bundle_selection bs JOIN product_bundle_option o ON o.id = bs.option_id WHERE bs.parent_id = ANY (ids)
  ),
  batch_links AS MATERIALIZED (SELECT product_id AS pid, linked_product_id AS lid, type, position FROM product_link WHERE product_id = ANY (ids)),
  -- The SKUs those name, found by one index scan over their ids (no statistics needed to plan it).
  far_skus AS MATERIALIZED (
    SELECT id, sku FROM product WHERE id = ANY (ARRAY(SELECT cid FROM batch_relations UNION SELECT lid FROM batch_links))
  ),
  child_rows AS (
    SELECT r.pid, f.sku, r.kind, r.pos1, r.pos2 FROM batch_relations r JOIN far_skus f ON f.id = r.cid
  ),
  children AS (
    SELECT pid, jsonb_agg(sku ORDER BY first) AS v
      FROM (SELECT pid, sku, min(rn) AS first
              FROM (SELECT pid, sku, row_number() OVER (PARTITION BY pid ORDER BY kind, pos1, pos2, sku) AS rn FROM child_rows) r
             GROUP BY pid, sku) x
     GROUP BY pid
  ),
  links AS (
    SELECT pid, jsonb_object_agg(type, skus) AS v
      FROM (SELECT l.pid, l.type, jsonb_agg(f.sku ORDER BY l.position NULLS LAST, f.sku COLLATE "C") AS skus
              FROM batch_links l JOIN far_skus f ON f.id = l.lid
             GROUP BY l.pid, l.type) t
     GROUP BY pid
  ),
  with_options AS (SELECT DISTINCT product_id AS pid FROM product_option WHERE product_id = ANY (ids))
  INSERT INTO product_document (product_id, store_id, store_code, sku, magento_id, body)
  SELECT b.pid, b.sid, b.scode, b.sku, b.magento_id,
         -- json, not jsonb: the answer keeps its keys in the route's order; the type's parts follow them.
         CASE WHEN parts.v = '{}'::jsonb THEN doc.v::text ELSE left(doc.v::text, -1) || ', ' || substr(parts.v::text, 2) END
    FROM base b
    LEFT JOIN websites w ON w.pid = b.pid
    LEFT JOIN options o ON o.pid = b.pid AND o.sid = b.sid
    LEFT JOIN categories c ON c.pid = b.pid AND c.sid = b.sid
    LEFT JOIN media m ON m.pid = b.pid AND m.sid = b.sid
    LEFT JOIN children ch ON ch.pid = b.pid
    LEFT JOIN links l ON l.pid = b.pid
    LEFT JOIN with_options wo ON wo.pid = b.pid
    CROSS JOIN LATERAL (SELECT json_build_object(
            'id', b.pid, 'magento_id', b.magento_id, 'store', b.scode, 'sku', b.sku, 'type', b.type,
            'websites', COALESCE(w.v, '[]'::jsonb),
            'attributes', b.attrs,
            'options', COALESCE(o.v, '{}'::jsonb),
            'categories', COALESCE(c.v, '[]'::jsonb),
            'media', COALESCE(m.v, '[]'::jsonb),
            'children', COALESCE(ch.v, '[]'::jsonb),
            'links', '{"related": [], "upsell": [], "crosssell": []}'::jsonb || COALESCE(l.v, '{}'::jsonb)) AS v) doc
    -- OFFSET 0 keeps the parts a subquery of their own: pulled up, their expression was evaluated at each of its two
    -- uses above, product_composite_parts called twice per document (020: half of its time).
    CROSS JOIN LATERAL (SELECT CASE WHEN b.type IN ('configurable', 'bundle', 'grouped', 'downloadable') OR wo.pid IS NOT NULL
                                    THEN product_composite_parts(b.pid, b.type, b.sid) ELSE '{}'::jsonb END AS v
                               OFFSET 0) parts;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END
$$;

DO $$
BEGIN
  IF (SELECT datcollate FROM pg_database WHERE datname = current_database()) NOT IN ('C', 'C.UTF-8', 'C.utf8', 'POSIX') THEN
    PERFORM refresh_product_documents(ARRAY(SELECT DISTINCT product_id FROM product_document));
  END IF;
END
$$;
