-- verify: every return (magento_rma, Adobe Commerce), by increment id per store view.
SELECT r.entity_id AS id, r.increment_id, r.store_id AS store FROM magento_rma r
