-- One keyset page of CMS pages. {{key}} is page_id (Open Source) or row_id (Adobe Commerce, where only the
-- version current at the run's staging version is read: {{raw:current_e}}); page_id stays the stable id.
SELECT e.{{key}} AS k, e.page_id, {{col:e.row_id@cms_page}} AS row_id, {{col:e.created_in@cms_page}} AS created_in,
       {{col:e.updated_in@cms_page}} AS updated_in, e.identifier, e.title, e.page_layout, e.meta_title, e.meta_keywords,
       e.meta_description, e.content_heading, e.content, e.is_active, e.sort_order, e.layout_update_xml, e.custom_theme,
       e.custom_root_template, e.custom_layout_update_xml, {{col:e.layout_update_selected@cms_page}} AS layout_update_selected,
       e.custom_theme_from, e.custom_theme_to, e.creation_time, e.update_time
FROM `cms_page` e
WHERE {{raw:after}} {{raw:current_e}}
ORDER BY e.{{key}}
LIMIT :limit
