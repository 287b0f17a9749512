-- Magento's numbering per store view and document type: the meta row, its active profile (prefix, suffix,
-- start, step) and the table whose AUTO_INCREMENT issues the values (Magento\SalesSequence\Model\Sequence).
SELECT m.meta_id, m.entity_type, m.store_id, m.sequence_table, p.prefix, p.suffix, p.start_value, p.step
FROM sales_sequence_meta m
LEFT JOIN sales_sequence_profile p ON p.meta_id = m.meta_id AND p.is_active = 1
WHERE {{raw:after}}
ORDER BY m.meta_id
LIMIT :limit
