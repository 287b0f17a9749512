-- Sources a store without MSI gets from its legacy stock are the legacy_stock entity's, not these.
SELECT code AS id, code, name, enabled, country_id, postcode FROM source WHERE NOT from_legacy
