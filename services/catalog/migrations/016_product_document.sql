-- The product read model: one JSON document per product and store view, exactly what
-- GET /catalog/products/{sku}?store= answers, so a read is one indexed lookup and no assembly.
--
-- Written at load time by refresh_product_documents(ids) inside the transaction of the batch whose rows it
-- derives from (the import calls it after each products or relations batch, and after a batch of categories,
-- attributes or stores for the products those touch), so a resumed or repeated run leaves it exact: it is
-- never more or less current than the rows themselves. services/catalog/repository-products.ts assembles the
-- same answer from the rows; the suite compares the two for every product and store view of the Luma store.

CREATE TABLE product_document (
  product_id uuid NOT NULL,
  store_id uuid NOT NULL,
  store_code text NOT NULL,
  sku text NOT NULL,
  magento_id integer NOT NULL,
  -- The answer's JSON text, sent as is.
  body text NOT NULL,
  PRIMARY KEY (product_id, store_id)
);
-- The route's lookup: a store view's product by SKU, case-insensitively as Magento's collation.
CREATE INDEX product_document_lookup ON product_document (store_code, lower(sku));

-- The helpers are plpgsql so that their plans are prepared once per session (a SQL function with CTEs
-- is planned again at every call).

-- A title product_store_title gives a row in a store view, else its own.
CREATE FUNCTION product_store_title_of(p_ref uuid, p_store uuid, fallback text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
  SELECT COALESCE((SELECT t.title FROM product_store_title t WHERE t.ref_id = p_ref AND t.store_id = p_store), fallback)
  );
END
$$;

-- What a product owns beyond attributes, in a store view (repository-product-composites.ts): each key only
-- where the product has such parts.
CREATE FUNCTION product_composite_parts(p_id uuid, p_type text, p_store uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
  SELECT
    CASE WHEN p_type = 'configurable' THEN jsonb_build_object('configurable_attributes', COALESCE((
      SELECT jsonb_agg(jsonb_build_object(
               'code', sa.attribute_code,
               'label', COALESCE(product_store_title_of(sa.id, p_store, sa.label),
                                 (SELECT l.label FROM attribute_label l WHERE l.attribute_id = a.id AND l.store_id = p_store), a.label),
               'position', sa.position) ORDER BY sa.position, sa.magento_id)
        FROM product_super_attribute sa LEFT JOIN attribute a ON a.id = sa.attribute_id
       WHERE sa.product_id = p_id), '[]'::jsonb)) ELSE '{}'::jsonb END
    || CASE WHEN p_type = 'bundle' THEN jsonb_build_object('bundle_options', COALESCE((
      SELECT jsonb_agg(jsonb_build_object(
               'id', o.id, 'title', product_store_title_of(o.id, p_store, o.title), 'type', o.type, 'required', o.required, 'position', o.position,
               'selections', COALESCE((
                 SELECT jsonb_agg(jsonb_build_object('sku', p.sku, 'position', s.position, 'qty', s.qty::text, 'is_default', s.is_default, 'can_change_qty', s.can_change_qty)
                                  ORDER BY s.position, s.magento_id)
                   FROM product_bundle_selection s JOIN product p ON p.id = s.child_id
                  WHERE s.parent_id = p_id AND s.option_id = o.id), '[]'::jsonb)) ORDER BY o.position, o.magento_id)
        FROM product_bundle_option o WHERE o.product_id = p_id), '[]'::jsonb)) ELSE '{}'::jsonb END
    || CASE WHEN p_type = 'grouped' THEN jsonb_build_object('grouped_items', COALESCE((
      SELECT jsonb_agg(jsonb_build_object('sku', p.sku, 'position', g.position, 'qty', g.qty::text) ORDER BY g.position NULLS LAST, p.sku)
        FROM product_grouped_item g JOIN product p ON p.id = g.child_id WHERE g.parent_id = p_id), '[]'::jsonb)) ELSE '{}'::jsonb END
    || CASE WHEN p_type = 'downloadable' THEN jsonb_build_object('downloadable', jsonb_build_object(
      'links', COALESCE((
        SELECT jsonb_agg(jsonb_build_object(
                 'id', l.id, 'title', product_store_title_of(l.id, p_store, l.title), 'sort_order', l.sort_order, 'number_of_downloads', l.number_of_downloads,
                 'is_shareable', l.is_shareable, 'link_type', l.link_type, 'link_url', l.link_url, 'link_file', l.link_file,
                 'sample_type', l.sample_type, 'sample_url', l.sample_url, 'sample_file', l.sample_file) ORDER BY l.sort_order, l.magento_id)
          FROM product_downloadable_link l WHERE l.product_id = p_id), '[]'::jsonb),
      'samples', COALESCE((
        SELECT jsonb_agg(jsonb_build_object(
                 'id', s.id, 'title', product_store_title_of(s.id, p_store, s.title), 'sort_order', s.sort_order,
                 'sample_type', s.sample_type, 'sample_url', s.sample_url, 'sample_file', s.sample_file) ORDER BY s.sort_order, s.magento_id)
          FROM product_downloadable_sample s WHERE s.product_id = p_id), '[]'::jsonb))) ELSE '{}'::jsonb END
    || COALESCE((SELECT jsonb_build_object('custom_options', x.opts) FROM (
      SELECT jsonb_agg(jsonb_build_object(
               'id', o.id, 'title', product_store_title_of(o.id, p_store, o.title), 'type', o.type, 'is_required', o.is_required, 'sku', o.sku,
               'max_characters', o.max_characters, 'file_extension', o.file_extension, 'image_size_x', o.image_size_x,
               'image_size_y', o.image_size_y, 'sort_order', o.sort_order,
               'values', COALESCE((
                 SELECT jsonb_agg(jsonb_build_object('id', v.id, 'title', product_store_title_of(v.id, p_store, v.title), 'sku', v.sku, 'sort_order', v.sort_order)
                                  ORDER BY v.sort_order, v.magento_id)
                   FROM product_option_value v WHERE v.product_id = p_id AND v.option_id = o.id), '[]'::jsonb)) ORDER BY o.sort_order, o.magento_id)
        AS opts FROM product_option o WHERE o.product_id = p_id) x WHERE x.opts IS NOT NULL), '{}'::jsonb)
  );
END
$$;

-- Rebuilds the documents of these products in every store view (a product that no longer exists loses its).
-- Set-based for the whole batch (one plan, hash joins), part by part as repository-products.ts reads them.
-- jit off: the plan's estimates are large (every store view times the batch) and LLVM would spend seconds
-- compiling a statement that runs in milliseconds.
CREATE FUNCTION refresh_product_documents(ids uuid[]) RETURNS integer
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  written integer;
BEGIN
  DELETE FROM product_document WHERE product_id = ANY (ids);
  WITH base AS (
    SELECT p.id AS pid, p.magento_id, p.sku, p.type, s.id AS sid, s.code AS scode, s.root_category_id,
           jsonb_strip_nulls(p.attributes || COALESCE(pwa.attributes, '{}'::jsonb) || COALESCE(psa.attributes, '{}'::jsonb)) AS attrs
      FROM product p
      CROSS JOIN store s
      LEFT JOIN product_website_attributes pwa ON pwa.product_id = p.id AND pwa.website_id = s.website_id
      LEFT JOIN product_store_attributes psa ON psa.product_id = p.id AND psa.store_id = s.id
     WHERE p.id = ANY (ids)
  ),
  -- Labels of select and multiselect values (optionLabels): the store's option label, else the admin one;
  -- values a source model names (status, visibility, tax class...) get its label; option labels win. Worked
  -- out once per distinct (store, attribute, value), then given to every product that has it.
  label_attrs AS (
    SELECT a.id, a.code, a.frontend_input,
           a.frontend_input IN ('select', 'multiselect') AND EXISTS (SELECT 1 FROM attribute_option o WHERE o.attribute_id = a.id) AS by_options,
           EXISTS (SELECT 1 FROM attribute_source_option so WHERE so.attribute_id = a.id) AS by_source
      FROM attribute a WHERE a.entity_type = 'product'
  ),
  kv AS (
    SELECT b.pid, b.sid, la.code AS key, b.attrs -> la.code AS value
      FROM base b JOIN label_attrs la ON (la.by_options OR la.by_source) AND b.attrs ? la.code
  ),
  distinct_values AS (
    SELECT DISTINCT kv.sid, kv.key, kv.value, jsonb_typeof(kv.value) AS kind, la.id AS attribute_id, la.frontend_input, la.by_options, la.by_source
      FROM kv JOIN label_attrs la ON la.code = kv.key
  ),
  source_labels AS (
    SELECT d.sid, d.key, d.value, to_jsonb(so.label) AS label, 0 AS rank
      FROM distinct_values d JOIN attribute_source_option so ON so.attribute_id = d.attribute_id AND so.value = d.value #>> '{}'
     WHERE d.by_source AND d.kind IN ('number', 'string')
  ),
  option_values AS (
    SELECT d.sid, d.key, d.value, d.kind, d.frontend_input, x.ord, COALESCE(ol.label, o.label) AS label
      FROM distinct_values d
      CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN d.kind = 'array' THEN d.value ELSE jsonb_build_array(d.value) END) WITH ORDINALITY AS x (id, ord)
      LEFT JOIN attribute_option o ON o.attribute_id = d.attribute_id AND o.magento_id::text = x.id
      LEFT JOIN attribute_option_label ol ON ol.option_id = o.id AND ol.store_id = d.sid
     WHERE d.by_options AND d.kind IN ('number', 'array')
  ),
  table_labels AS (
    SELECT sid, key, value, 1 AS rank,
           CASE WHEN frontend_input = 'multiselect' OR kind = 'array'
                THEN COALESCE(jsonb_agg(to_jsonb(label) ORDER BY ord) FILTER (WHERE label IS NOT NULL), '[]'::jsonb)
                ELSE (array_agg(to_jsonb(label) ORDER BY ord) FILTER (WHERE label IS NOT NULL))[1]
           END AS label
      FROM option_values GROUP BY sid, key, value, frontend_input, kind
  ),
  value_labels AS (
    SELECT DISTINCT ON (sid, key, value) sid, key, value, label
      FROM (SELECT sid, key, value, label, rank FROM source_labels UNION ALL SELECT sid, key, value, label, rank FROM table_labels WHERE label IS NOT NULL) l
     ORDER BY sid, key, value, rank DESC
  ),
  options AS (
    SELECT kv.pid, kv.sid, jsonb_object_agg(kv.key, vl.label) AS v
      FROM kv JOIN value_labels vl ON vl.sid = kv.sid AND vl.key = kv.key AND vl.value = kv.value
     GROUP BY kv.pid, kv.sid
  ),
  websites AS (
    SELECT pw.product_id AS pid, jsonb_agg(w.code ORDER BY w.sort_order, w.magento_id) AS v
      FROM product_website pw JOIN website w ON w.id = pw.website_id WHERE pw.product_id = ANY (ids) GROUP BY pw.product_id
  ),
  -- The product's categories inside the store view's tree, with the store's names.
  categories AS (
    SELECT b.pid, b.sid,
           jsonb_agg(jsonb_build_object('id', c.id, 'magento_id', c.magento_id, 'name', cs.name, 'url_key', cs.url_key,
                                        'url_path', cs.url_path, 'position', pc.position) ORDER BY c.path, c.magento_id) AS v
      FROM base b
      JOIN category root ON root.id = b.root_category_id
      JOIN product_category pc ON pc.product_id = b.pid
      JOIN category c ON c.id = pc.category_id AND (c.path = root.path OR c.path LIKE root.path || '/%')
      LEFT JOIN category_store cs ON cs.category_id = c.id AND cs.store_id = b.sid
     GROUP BY b.pid, b.sid
  ),
  -- Gallery entries with the store's label, position and disabled flag where it has its own.
  media AS (
    SELECT b.pid, b.sid,
           jsonb_agg(jsonb_build_object('magento_id', m.magento_value_id, 'file', m.file, 'media_type', m.media_type,
                                        'label', COALESCE(ms.label, m.label), 'position', COALESCE(ms.position, m.position),
                                        'disabled', COALESCE(ms.disabled, m.disabled))
                     || CASE WHEN COALESCE(ms.video, m.video) IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('video', COALESCE(ms.video, m.video)) END
                     ORDER BY COALESCE(ms.position, m.position) NULLS LAST, m.magento_value_id) AS v
      FROM base b
      JOIN product_media m ON m.product_id = b.pid
      LEFT JOIN product_media_store ms ON ms.product_id = m.product_id AND ms.media_id = m.media_id AND ms.store_id = b.sid
     GROUP BY b.pid, b.sid
  ),
  -- Configurable children, grouped items and bundle selections, each SKU once, in the parent's order.
  child_rows AS (
    SELECT cc.parent_id AS pid, c.sku, 1 AS kind, 0 AS pos1, 0 AS pos2 FROM product_configurable_child cc JOIN product c ON c.id = cc.child_id WHERE cc.parent_id = ANY (ids)
    UNION ALL
    SELECT g.parent_id, c.sku, 2, COALESCE(g.position, 0), 0 FROM product_grouped_item g JOIN product c ON c.id = g.child_id WHERE g.parent_id = ANY (ids)
    UNION ALL
    SELECT bs.parent_id, c.sku, 3, o.position, bs.position FROM product_bundle_selection bs JOIN product_bundle_option o ON o.id = bs.option_id
      JOIN product c ON c.id = bs.child_id WHERE bs.parent_id = ANY (ids)
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
      FROM (SELECT l.product_id AS pid, l.type, jsonb_agg(lp.sku ORDER BY l.position NULLS LAST, lp.sku) AS skus
              FROM product_link l JOIN product lp ON lp.id = l.linked_product_id
             WHERE l.product_id = ANY (ids) GROUP BY l.product_id, l.type) t
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
    CROSS JOIN LATERAL (SELECT CASE WHEN b.type IN ('configurable', 'bundle', 'grouped', 'downloadable') OR wo.pid IS NOT NULL
                                    THEN product_composite_parts(b.pid, b.type, b.sid) ELSE '{}'::jsonb END AS v) parts;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END
$$;

-- A catalog migrated before the read model existed gets its documents now.
SELECT refresh_product_documents(ARRAY(SELECT id FROM product));
