SELECT COUNT(*) AS n FROM `quote` q WHERE q.is_active = 1 AND q.updated_at >= :since
