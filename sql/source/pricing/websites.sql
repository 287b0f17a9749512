-- Websites with the default store view of their default store group (the store view whose values a website
-- shows: Magento's catalog_product_index_website.default_store_id). website_id 0 is the admin scope.
SELECT w.website_id, w.code, w.name, w.is_default, g.default_store_id
FROM `store_website` w
LEFT JOIN `store_group` g ON g.group_id = w.default_group_id
WHERE w.website_id > 0
ORDER BY w.website_id
