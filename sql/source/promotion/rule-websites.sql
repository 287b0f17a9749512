SELECT w.{{key}} AS k, w.website_id FROM `salesrule_website` w WHERE w.{{key}} BETWEEN :lo AND :hi ORDER BY 1, 2
