-- The store views of the page's versions in the key range (store 0: all store views).
SELECT ps.{{key}} AS k, ps.store_id FROM `cms_page_store` ps WHERE ps.{{key}} BETWEEN :lo AND :hi ORDER BY ps.{{key}}, ps.store_id
