-- Customer groups of the page's rules.
SELECT rg.{{rule_key}} AS owner, rg.customer_group_id FROM `catalogrule_customer_group` rg WHERE rg.{{rule_key}} BETWEEN :lo AND :hi
