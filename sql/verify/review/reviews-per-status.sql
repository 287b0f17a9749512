-- verify: reviews per status, and their votes, the rejected reviews left out.
SELECT CAST(r.status_id AS CHAR) AS grp, COUNT(*) AS reviews,
  SUM((SELECT COUNT(*) FROM rating_option_vote v WHERE v.review_id = r.review_id)) AS votes,
  SUM((SELECT SUM(v.value) FROM rating_option_vote v WHERE v.review_id = r.review_id)) AS vote_values
FROM review r WHERE r.review_id NOT IN (:rejected) GROUP BY r.status_id
