SELECT COUNT(*) AS n FROM `directory_currency_rate`
