-- verify: every newsletter subscription (newsletter_subscriber), by store view and e-mail.
SELECT s.subscriber_id AS id, s.store_id AS store, s.subscriber_email AS email FROM newsletter_subscriber s
