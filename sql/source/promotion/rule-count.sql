SELECT COUNT(*) AS n FROM `salesrule` e WHERE 1 = 1 {{raw:current_e}}
