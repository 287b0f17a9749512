SELECT m.module, m.schema_version
FROM `setup_module` m
WHERE m.module IN ('Magento_Catalog', 'Magento_Store')
ORDER BY m.module
