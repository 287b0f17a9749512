SELECT rs.rating_id, rs.store_id FROM `rating_store` rs WHERE rs.rating_id BETWEEN :lo AND :hi ORDER BY rs.rating_id, rs.store_id
