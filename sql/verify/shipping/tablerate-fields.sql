-- verify: the sampled table rates' price and cost.
SELECT t.pk AS id, t.price, t.cost FROM shipping_tablerate t WHERE t.pk IN (:ids)
