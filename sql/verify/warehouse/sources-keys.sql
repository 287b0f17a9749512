-- verify: the MSI sources, by code, name and whether enabled.
SELECT s.source_code AS id, s.source_code AS code, s.name, s.enabled, s.country_id, s.postcode FROM inventory_source s
