SELECT COUNT(*) AS n FROM `cms_block` e WHERE 1 = 1 {{raw:current_e}}
