SELECT o.option_id, o.rating_id, o.code, o.value, o.position FROM `rating_option` o WHERE o.rating_id BETWEEN :lo AND :hi ORDER BY o.option_id
