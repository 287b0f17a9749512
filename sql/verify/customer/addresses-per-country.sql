-- verify: addresses per country, the rejected ones left out.
SELECT COALESCE(a.country_id, '') AS grp, COUNT(*) AS addresses FROM customer_address_entity a WHERE a.entity_id NOT IN (:rejected) GROUP BY a.country_id
