SELECT r.currency_from, r.currency_to, r.rate
FROM `directory_currency_rate` r
WHERE {{raw:after}}
ORDER BY r.currency_from, r.currency_to
LIMIT :limit
