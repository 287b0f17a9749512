SELECT COUNT(*) AS n FROM `catalog_product_entity_tier_price` t {{raw:tier_join}} `catalog_product_entity` p ON p.{{key}} = t.{{key}} {{raw:current}}
