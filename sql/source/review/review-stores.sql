SELECT rs.review_id, rs.store_id FROM `review_store` rs WHERE rs.review_id BETWEEN :lo AND :hi ORDER BY rs.review_id, rs.store_id
