-- Website codes (a store without MSI sells every website from the default stock).
SELECT w.website_id, w.code FROM `store_website` w WHERE w.website_id > 0 ORDER BY w.website_id
