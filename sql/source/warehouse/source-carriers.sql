-- Carriers a source ships with (when it does not use the default carrier configuration).
SELECT c.source_code, c.carrier_code, c.position FROM `inventory_source_carrier_link` c WHERE c.source_code IN (:ids)
