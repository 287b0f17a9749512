-- verify: the store views each sampled review shows in, and its votes.
SELECT rs.review_id AS id, CONCAT('store=', s.code) AS sub, NULL AS rating_magento_id, NULL AS option_magento_id, NULL AS value, NULL AS percent
FROM review_store rs JOIN store s ON s.store_id = rs.store_id WHERE rs.review_id IN (:ids)
UNION ALL
SELECT v.review_id, CONCAT('vote=', v.vote_id), v.rating_id, v.option_id, v.value, v.percent FROM rating_option_vote v WHERE v.review_id IN (:ids)
