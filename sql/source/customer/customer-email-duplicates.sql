-- Customers whose e-mail another customer has within the account sharing scope (per website, or one scope
-- for all when accounts are global). Grouped by the column itself, so the (email, website_id) unique index
-- serves it and the join: the collation (utf8_general_ci, PAD SPACE) already compares case-insensitively
-- and ignores trailing spaces. Usually none; the transform decides which customer keeps the e-mail.
SELECT c.entity_id, c.website_id, c.email
FROM `customer_entity` c
JOIN (
  SELECT {{raw:scope_cols}}
  FROM `customer_entity` x
  WHERE x.email IS NOT NULL
  GROUP BY {{raw:scope_cols}}
  HAVING COUNT(*) > 1
) d ON d.email = c.email {{raw:scope_join}}
ORDER BY c.entity_id
