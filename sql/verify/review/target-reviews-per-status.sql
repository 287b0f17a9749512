-- A vote whose review reference leads nowhere is not counted.
SELECT r.status_magento_id::text AS grp, count(*) AS reviews,
  sum((SELECT count(*) FROM rating_vote v WHERE v.review_id = r.id)) AS votes,
  sum((SELECT sum(v.value) FROM rating_vote v WHERE v.review_id = r.id)) AS vote_values
FROM review r GROUP BY r.status_magento_id
