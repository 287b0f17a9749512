SELECT COUNT(*) AS n FROM `oauth_token`
