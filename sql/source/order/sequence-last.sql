-- The last value a sequence table issued ({{sequence_table}} comes from sales_sequence_meta, quoted).
SELECT MAX(s.sequence_value) AS last_value FROM {{sequence_table}} s
