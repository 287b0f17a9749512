-- Magento 2.3+ (Magento_AdminAnalytics) records the version an admin last used; the newest row wins.
SELECT l.last_viewed_in_version AS version FROM `admin_analytics_usage_version_log` l ORDER BY l.id DESC LIMIT 1
