SELECT currency_from || '>' || currency_to AS grp, sum(rate) AS rate FROM currency_rate GROUP BY currency_from, currency_to
