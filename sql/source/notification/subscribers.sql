-- One keyset page of newsletter subscriptions. The confirmation code is read only as whether there is one
-- (Magento's column default is the string 'NULL'): it is never copied.
SELECT s.subscriber_id, s.store_id, s.change_status_at, s.customer_id, s.subscriber_email, s.subscriber_status,
  (s.subscriber_confirm_code IS NOT NULL AND s.subscriber_confirm_code NOT IN ('', 'NULL')) AS has_confirm_code
FROM `newsletter_subscriber` s
WHERE {{raw:after}}
ORDER BY s.subscriber_id
LIMIT :limit
