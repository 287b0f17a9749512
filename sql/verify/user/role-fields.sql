-- verify: the sampled group roles' place in the role tree.
SELECT r.role_id AS id, r.parent_id AS parent_magento_id, r.tree_level, r.sort_order FROM authorization_role r WHERE r.role_id IN (:ids)
