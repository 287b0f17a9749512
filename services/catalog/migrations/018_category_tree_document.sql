-- The category tree's read model: GET /catalog/categories?store= answers one stored text per store view, as
-- services/catalog/repository.ts (categoryTree) assembles it from the rows: the store's root category and every
-- descendant by path, each node under its parent, siblings by (level, position, magento_id), a node only under
-- a parent that comes before it in that order (the assembly reads rows in it), names and flags of the store.
-- Rebuilt from the rows in the transaction of each categories and store-tree batch (refresh_category_trees), so
-- a killed, resumed or delta run keeps it exact; test/catalog/read-model.test.ts compares it with categoryTree.

CREATE TABLE category_tree_document (
  store_code text PRIMARY KEY,
  body text NOT NULL
);

CREATE FUNCTION category_tree_node(p_id uuid, p_store uuid, p_root_path text) RETURNS json
LANGUAGE sql STABLE AS $$
  SELECT json_build_object('id', c.id, 'magento_id', c.magento_id, 'name', cs.name, 'url_key', cs.url_key, 'url_path', cs.url_path,
           'is_active', cs.is_active, 'include_in_menu', cs.include_in_menu, 'level', c.level, 'position', c.position,
           'children', coalesce((
             SELECT json_agg(category_tree_node(k.id, p_store, p_root_path) ORDER BY k.level, k.position, k.magento_id)
               FROM category k
              WHERE k.parent_id = c.id AND k.path LIKE p_root_path || '/%'
                AND (k.level, k.position, k.magento_id) > (c.level, c.position, c.magento_id)), '[]'::json))
    FROM category c LEFT JOIN category_store cs ON cs.category_id = c.id AND cs.store_id = p_store
   WHERE c.id = p_id
$$;

-- Every store view's tree. Serialised by a transaction-level lock: two batches loaded side by side (parallel
-- workers) each rebuild after the other's rows are committed, so the last one sees both.
CREATE FUNCTION refresh_category_trees() RETURNS void
LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('catalog.category_tree_document'));
  DELETE FROM category_tree_document;
  INSERT INTO category_tree_document (store_code, body)
  SELECT s.code, json_build_object('store', s.code, 'categories',
           CASE WHEN r.id IS NULL THEN '[]'::json ELSE json_build_array(category_tree_node(r.id, s.id, r.path)) END)::text
    FROM store s LEFT JOIN category r ON r.id = s.root_category_id;
END
$$;

-- A database migrated before this read model existed gets it now (a fresh one has no stores yet).
SELECT refresh_category_trees();
