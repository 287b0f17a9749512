-- Every rule's conditions (the attributes they test decide which product values pricing keeps).
SELECT r.conditions_serialized FROM `catalogrule` r WHERE 1 = 1 {{raw:current_r}}
