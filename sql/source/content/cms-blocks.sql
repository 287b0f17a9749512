-- One keyset page of CMS blocks ({{key}}: block_id, or row_id of the current version in Adobe Commerce).
SELECT e.{{key}} AS k, e.block_id, {{col:e.row_id@cms_block}} AS row_id, {{col:e.created_in@cms_block}} AS created_in,
       {{col:e.updated_in@cms_block}} AS updated_in, e.identifier, e.title, e.content, e.is_active, e.creation_time, e.update_time
FROM `cms_block` e
WHERE {{raw:after}} {{raw:current_e}}
ORDER BY e.{{key}}
LIMIT :limit
