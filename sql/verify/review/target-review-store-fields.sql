SELECT r.magento_id AS id, 'store=' || s.code AS sub, NULL::int AS rating_magento_id, NULL::int AS option_magento_id, NULL::int AS value, NULL::int AS percent
FROM review_store rs JOIN review r ON r.id = rs.review_id JOIN store s ON s.magento_id = rs.store_magento_id WHERE r.magento_id = ANY($1)
UNION ALL
SELECT r.magento_id, 'vote=' || v.magento_id, v.rating_magento_id, v.option_magento_id, v.value, v.percent
FROM rating_vote v JOIN review r ON r.id = v.review_id WHERE r.magento_id = ANY($1)
