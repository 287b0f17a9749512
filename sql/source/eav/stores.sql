-- Every store with its website, the admin store 0 included (store 0 holds the default values).
-- Value rows whose store_id is not here belong to a deleted store (Magento cascades, dirty copies do not).
SELECT s.store_id, s.code, s.website_id
FROM `store` s
ORDER BY s.store_id
