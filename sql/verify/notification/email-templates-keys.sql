-- verify: every e-mail template (email_template), by code.
SELECT t.template_id AS id, t.template_code AS code FROM email_template t
