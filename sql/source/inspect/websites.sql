-- Websites, admin (website_id 0) included: the tree shows it as Magento's global scope.
SELECT w.website_id, w.code, w.name, w.is_default, w.default_group_id
FROM `store_website` w
ORDER BY w.website_id
