-- Currency rates (base currency -> website base currency) for tier prices of websites in another currency.
SELECT r.currency_from, r.currency_to, r.rate FROM `directory_currency_rate` r
