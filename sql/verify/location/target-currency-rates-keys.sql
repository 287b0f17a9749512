SELECT currency_from || '>' || currency_to AS id, rate FROM currency_rate
