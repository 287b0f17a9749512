-- verify: the store views (admin included), by code.
SELECT s.store_id AS id, s.code FROM store s
