SELECT COUNT(*) AS n FROM `catalogrule` r WHERE 1 = 1 {{raw:current_r}}
