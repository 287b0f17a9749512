-- verify: the catalog price rules (current versions in Commerce), by id and name.
SELECT r.rule_id AS id, r.name FROM catalogrule r WHERE 1 = 1 {{raw:current_r}}
