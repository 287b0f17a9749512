-- MSI sources, one keyset page by code.
SELECT s.source_code, s.name, s.enabled, s.description, s.latitude, s.longitude, s.country_id, s.region_id, s.region, s.city, s.street,
       s.postcode, s.contact_name, s.email, s.phone, s.fax, s.use_default_carrier_config
FROM `inventory_source` s
WHERE {{raw:after}}
ORDER BY s.source_code
LIMIT :limit
