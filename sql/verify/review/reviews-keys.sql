-- verify: every review.
SELECT r.review_id AS id FROM review r
