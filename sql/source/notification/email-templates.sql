SELECT t.template_id, t.template_code, t.template_text, t.template_styles, t.template_type, t.template_subject, t.template_sender_name,
  t.template_sender_email, t.added_at, t.modified_at, t.orig_template_code, t.orig_template_variables, {{col:t.is_legacy@email_template}} AS is_legacy
FROM `email_template` t
WHERE {{raw:after}}
ORDER BY t.template_id
LIMIT :limit
