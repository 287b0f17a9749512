-- verify: every currency rate (directory_currency_rate), by its pair.
SELECT CONCAT(r.currency_from, '>', r.currency_to) AS id, r.rate FROM directory_currency_rate r
