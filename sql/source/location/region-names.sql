SELECT n.region_id, n.locale, n.name FROM `directory_country_region_name` n WHERE n.region_id BETWEEN :lo AND :hi ORDER BY n.region_id, n.locale
