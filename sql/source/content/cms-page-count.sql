SELECT COUNT(*) AS n FROM `cms_page` e WHERE 1 = 1 {{raw:current_e}}
