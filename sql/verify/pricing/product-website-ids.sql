-- verify: the websites of products (:all = 1: every product).
SELECT pw.product_id AS id, pw.website_id FROM catalog_product_website pw WHERE :all = 1 OR pw.product_id IN (:ids)
