-- A random sample of a table's Magento keys ($1 NULL: all of them); column and table are quoted by the code.
SELECT {{column}} AS k FROM {{table}} ORDER BY random() LIMIT $1
