-- verify: the sampled carrier settings' values (the sample is drawn from the target: no secret is among them).
SELECT c.config_id AS id, c.value FROM core_config_data c WHERE c.config_id IN (:ids)
