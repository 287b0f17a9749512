-- Table rates (Magento\OfflineShipping\Model\ResourceModel\Carrier\Tablerate's table), one keyset page.
SELECT t.pk, t.website_id, t.dest_country_id, t.dest_region_id, t.dest_zip, t.condition_name, t.condition_value, t.price, t.cost
FROM `shipping_tablerate` t
WHERE {{raw:after}}
ORDER BY t.pk
LIMIT :limit
