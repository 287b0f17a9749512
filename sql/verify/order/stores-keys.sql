-- verify: the store views orders name (store 0, admin, included as Magento has it).
SELECT s.store_id AS id, s.code, s.name, w.code AS website_code FROM store s LEFT JOIN store_website w ON w.website_id = s.website_id
