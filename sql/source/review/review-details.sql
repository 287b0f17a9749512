SELECT d.detail_id, d.review_id, d.store_id, d.title, d.detail, d.nickname, d.customer_id
FROM `review_detail` d WHERE d.review_id BETWEEN :lo AND :hi ORDER BY d.review_id, d.detail_id
