-- Websites of the page's rules (keyed like the rule: rule_id, or row_id in Commerce).
SELECT rw.{{rule_key}} AS owner, rw.website_id FROM `catalogrule_website` rw WHERE rw.{{rule_key}} BETWEEN :lo AND :hi
