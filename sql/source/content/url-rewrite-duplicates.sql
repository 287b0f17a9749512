-- Rewrites whose request path equals an earlier one of the same store but for letter case (only under a
-- case-sensitive collation): the router cannot tell them apart.
SELECT u.url_rewrite_id FROM `url_rewrite` u
JOIN (SELECT d.store_id, LOWER(d.request_path) AS p, MIN(d.url_rewrite_id) AS first_id FROM `url_rewrite` d
      GROUP BY d.store_id, LOWER(d.request_path) HAVING COUNT(*) > 1) x
  ON x.store_id = u.store_id AND LOWER(u.request_path) = x.p AND u.url_rewrite_id <> x.first_id
