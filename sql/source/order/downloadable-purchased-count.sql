SELECT COUNT(*) AS n FROM downloadable_link_purchased
