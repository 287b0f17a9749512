-- verify: the cart price rules (current versions in Commerce), by id and name.
SELECT e.rule_id AS id, e.name FROM salesrule e WHERE 1 = 1 {{raw:current_e}}
