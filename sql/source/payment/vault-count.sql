SELECT COUNT(*) AS n FROM vault_payment_token
