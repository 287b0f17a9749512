-- verify: every active cart (quote.is_active = 1) updated on or after :since (the --carts-since day), with its store view.
SELECT q.entity_id AS id, s.code AS store FROM quote q LEFT JOIN store s ON s.store_id = q.store_id
WHERE q.is_active = 1 AND q.updated_at >= :since
