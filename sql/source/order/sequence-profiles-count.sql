SELECT COUNT(*) AS n FROM sales_sequence_meta
