-- Sales channels (website code -> stock) of the page's stocks.
SELECT c.type, c.code, c.stock_id FROM `inventory_stock_sales_channel` c WHERE c.stock_id IN (:ids)
