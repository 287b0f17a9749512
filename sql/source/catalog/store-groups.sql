-- Store groups; SELECT * because store_group.code only exists since Magento 2.2 (a small lookup table).
SELECT g.*
FROM `store_group` g
WHERE g.group_id > 0
ORDER BY g.group_id
