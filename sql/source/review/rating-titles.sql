SELECT t.rating_id, t.store_id, t.value FROM `rating_title` t WHERE t.rating_id BETWEEN :lo AND :hi ORDER BY t.rating_id, t.store_id
