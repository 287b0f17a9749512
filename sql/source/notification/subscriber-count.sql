SELECT COUNT(*) AS n FROM `newsletter_subscriber`
