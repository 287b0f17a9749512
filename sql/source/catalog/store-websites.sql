-- Websites; website_id 0 is Magento's admin scope, not a website.
SELECT w.website_id, w.code, w.name, w.sort_order, w.default_group_id, w.is_default
FROM `store_website` w
WHERE w.website_id > 0
ORDER BY w.website_id
