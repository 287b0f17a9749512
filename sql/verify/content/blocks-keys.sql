-- verify: every CMS block (current versions in Commerce) and its identifier.
SELECT e.block_id AS id, e.identifier FROM cms_block e WHERE 1 = 1 {{raw:current_e}}
