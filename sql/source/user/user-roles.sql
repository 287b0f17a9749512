-- The user roles (role_type U) of a page of admin users: each names its group role in parent_id
-- (Magento\User\Model\ResourceModel\User::_createUserRole; user_type 2 = UserContextInterface::USER_TYPE_ADMIN).
SELECT r.role_id, r.parent_id, r.user_id FROM `authorization_role` r
WHERE r.role_type = 'U' AND r.user_type = '2' AND r.user_id BETWEEN :lo AND :hi ORDER BY r.user_id, r.role_id
