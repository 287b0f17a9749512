-- verify: every CMS page (current versions in Commerce) and its identifier.
SELECT e.page_id AS id, e.identifier FROM cms_page e WHERE 1 = 1 {{raw:current_e}}
