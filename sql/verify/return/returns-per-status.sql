-- verify: returns per status, the rejected ones (their order deleted) left out.
SELECT COALESCE(r.status, '') AS grp, COUNT(*) AS returns FROM magento_rma r WHERE r.entity_id NOT IN (:rejected) GROUP BY r.status
