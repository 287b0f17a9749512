SELECT COUNT(*) AS n FROM `newsletter_subscriber` s WHERE s.subscriber_confirm_code IS NOT NULL AND s.subscriber_confirm_code NOT IN ('', 'NULL')
