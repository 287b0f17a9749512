-- Customer groups (0 is NOT LOGGED IN), one keyset page.
SELECT g.customer_group_id, g.customer_group_code FROM `customer_group` g WHERE {{raw:after}} ORDER BY g.customer_group_id LIMIT :limit
