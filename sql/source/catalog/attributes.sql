-- One keyset page of catalog attributes with their catalog_eav_attribute settings (LEFT JOIN: a row
-- missing there means Magento's defaults).
SELECT a.attribute_id, a.entity_type_id, a.attribute_code, a.backend_type, a.frontend_input, a.frontend_label,
       a.frontend_class, a.frontend_model, a.backend_model, a.source_model, a.is_required, a.is_user_defined,
       a.default_value, a.is_unique, a.note,
       c.attribute_id AS catalog_row, c.is_global, c.is_visible, c.is_searchable, c.is_filterable, c.is_comparable,
       c.is_visible_on_front, c.is_html_allowed_on_front, c.is_filterable_in_search, c.used_in_product_listing,
       c.used_for_sort_by, c.is_wysiwyg_enabled, c.apply_to, c.position, c.additional_data
FROM `eav_attribute` a
LEFT JOIN `catalog_eav_attribute` c ON c.attribute_id = a.attribute_id
WHERE a.entity_type_id IN (:types) AND {{raw:after}}
ORDER BY a.attribute_id
LIMIT :limit
