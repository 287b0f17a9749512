-- verify: each pair's rate as an exact decimal (a pair is unique: the sum is its rate); a rate that is not
-- positive is rejected by the migration (NO_RATE) and left out here.
SELECT CONCAT(r.currency_from, '>', r.currency_to) AS grp, SUM(r.rate) AS rate FROM directory_currency_rate r WHERE r.rate > 0
GROUP BY r.currency_from, r.currency_to
