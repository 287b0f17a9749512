SELECT g.{{key}} AS k, g.customer_group_id FROM `salesrule_customer_group` g WHERE g.{{key}} BETWEEN :lo AND :hi ORDER BY 1, 2
