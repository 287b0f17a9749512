-- verify: every URL rewrite: its request path within its store view (Magento's unique key).
SELECT u.url_rewrite_id AS id, u.request_path, u.store_id FROM url_rewrite u
