-- verify: every newsletter template (newsletter_template), by code.
SELECT t.template_id AS id, t.template_code AS code FROM newsletter_template t
