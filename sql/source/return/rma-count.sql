SELECT COUNT(*) AS n FROM magento_rma
