-- Themes: the labels of custom_design values (Magento\Theme\Model\Theme\Source\Theme).
SELECT t.theme_id, t.theme_title
FROM `theme` t
ORDER BY t.theme_id
