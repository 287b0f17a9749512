-- Countries Magento knows: the values of country_of_manufacture (Magento\Catalog\Model\Product\Attribute\Source\Countryofmanufacture).
SELECT c.country_id
FROM `directory_country` c
ORDER BY c.country_id
