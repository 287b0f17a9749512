-- verify: subscriptions per status (Magento\Newsletter\Model\Subscriber::STATUS_*), the rejected ones left out.
SELECT CAST(s.subscriber_status AS CHAR) AS grp, COUNT(*) AS subscribers FROM newsletter_subscriber s
WHERE s.subscriber_id NOT IN (:rejected) GROUP BY s.subscriber_status
