-- Adobe Commerce's reward points, store credit, gift card accounts and returns (RMA). The magento2-ee
-- repository is not public: these follow the modules' db_schema.xml (Magento_Reward, Magento_CustomerBalance,
-- Magento_GiftCardAccount, Magento_Rma) column for column as far as they are known, keys and types included.
CREATE TABLE `magento_reward` (
  `reward_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Reward ID',
  `customer_id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Customer ID',
  `website_id` smallint(5) unsigned DEFAULT NULL COMMENT 'Website ID',
  `points_balance` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Points Balance',
  `website_currency_code` varchar(3) DEFAULT NULL COMMENT 'Website Currency Code',
  PRIMARY KEY (`reward_id`),
  UNIQUE KEY `MAGENTO_REWARD_CUSTOMER_ID_WEBSITE_ID` (`customer_id`,`website_id`),
  KEY `MAGENTO_REWARD_WEBSITE_ID` (`website_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Enterprise Reward';
CREATE TABLE `magento_reward_history` (
  `history_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'History ID',
  `reward_id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Reward ID',
  `website_id` smallint(5) unsigned DEFAULT NULL COMMENT 'Website ID',
  `store_id` smallint(5) unsigned DEFAULT NULL COMMENT 'Store ID',
  `action` smallint(6) NOT NULL DEFAULT 0 COMMENT 'Action',
  `entity` int(11) DEFAULT NULL COMMENT 'Entity',
  `points_balance` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Points Balance',
  `points_delta` int(11) NOT NULL DEFAULT 0 COMMENT 'Points Delta',
  `points_used` int(11) NOT NULL DEFAULT 0 COMMENT 'Points Used',
  `points_voided` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Points Voided',
  `currency_amount` decimal(20,4) NOT NULL DEFAULT 0.0000 COMMENT 'Currency Amount',
  `currency_delta` decimal(20,4) NOT NULL DEFAULT 0.0000 COMMENT 'Currency Delta',
  `base_currency_code` varchar(5) NOT NULL COMMENT 'Base Currency Code',
  `additional_data` text NOT NULL COMMENT 'Additional Data',
  `comment` text DEFAULT NULL COMMENT 'Comment',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Created At',
  `expired_at_static` timestamp NULL DEFAULT NULL COMMENT 'Expired At Static',
  `expired_at_dynamic` timestamp NULL DEFAULT NULL COMMENT 'Expired At Dynamic',
  `is_expired` smallint(6) NOT NULL DEFAULT 0 COMMENT 'Is Expired',
  `is_duplicate_of` int(10) unsigned DEFAULT NULL COMMENT 'Is Duplicate Of',
  `notification_sent` smallint(6) NOT NULL DEFAULT 0 COMMENT 'Notification Sent',
  PRIMARY KEY (`history_id`),
  KEY `MAGENTO_REWARD_HISTORY_REWARD_ID` (`reward_id`),
  KEY `MAGENTO_REWARD_HISTORY_WEBSITE_ID` (`website_id`),
  KEY `MAGENTO_REWARD_HISTORY_STORE_ID` (`store_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Enterprise Reward History';
CREATE TABLE `magento_customerbalance` (
  `balance_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Balance ID',
  `customer_id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Customer ID',
  `website_id` smallint(5) unsigned DEFAULT NULL COMMENT 'Website ID',
  `amount` decimal(20,4) NOT NULL DEFAULT 0.0000 COMMENT 'Balance Amount',
  `base_currency_code` varchar(3) DEFAULT NULL COMMENT 'Base Currency Code',
  PRIMARY KEY (`balance_id`),
  UNIQUE KEY `MAGENTO_CUSTOMERBALANCE_CUSTOMER_ID_WEBSITE_ID` (`customer_id`,`website_id`),
  KEY `MAGENTO_CUSTOMERBALANCE_WEBSITE_ID` (`website_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Enterprise Customerbalance';
CREATE TABLE `magento_customerbalance_history` (
  `history_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'History ID',
  `balance_id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Balance ID',
  `updated_at` timestamp NULL DEFAULT NULL COMMENT 'Updated At',
  `action` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Action',
  `balance_amount` decimal(20,4) NOT NULL DEFAULT 0.0000 COMMENT 'Balance Amount',
  `balance_delta` decimal(20,4) NOT NULL DEFAULT 0.0000 COMMENT 'Balance Delta',
  `additional_info` varchar(255) DEFAULT NULL COMMENT 'Additional Info',
  `frontend_comment` varchar(255) DEFAULT NULL COMMENT 'Frontend Comment',
  `is_customer_notified` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Is Customer Notified',
  PRIMARY KEY (`history_id`),
  KEY `MAGENTO_CUSTOMERBALANCE_HISTORY_BALANCE_ID` (`balance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Enterprise Customerbalance History';
CREATE TABLE `magento_giftcardaccount` (
  `giftcardaccount_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Giftcard Account ID',
  `code` varchar(255) NOT NULL COMMENT 'Code',
  `status` smallint(6) NOT NULL COMMENT 'Status',
  `date_created` date NOT NULL COMMENT 'Date Created',
  `date_expires` date DEFAULT NULL COMMENT 'Date Expires',
  `website_id` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Website ID',
  `balance` decimal(12,4) NOT NULL DEFAULT 0.0000 COMMENT 'Balance',
  `state` smallint(6) NOT NULL DEFAULT 0 COMMENT 'State',
  `is_redeemable` smallint(6) NOT NULL DEFAULT 1 COMMENT 'Is Redeemable',
  PRIMARY KEY (`giftcardaccount_id`),
  KEY `MAGENTO_GIFTCARDACCOUNT_WEBSITE_ID` (`website_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Enterprise Giftcardaccount';
CREATE TABLE `magento_giftcardaccount_history` (
  `history_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'History ID',
  `giftcardaccount_id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Giftcard Account ID',
  `updated_at` timestamp NULL DEFAULT NULL COMMENT 'Updated At',
  `action` smallint(6) NOT NULL DEFAULT 0 COMMENT 'Action',
  `balance_amount` decimal(12,4) NOT NULL DEFAULT 0.0000 COMMENT 'Balance Amount',
  `balance_delta` decimal(12,4) NOT NULL DEFAULT 0.0000 COMMENT 'Balance Delta',
  `additional_info` text DEFAULT NULL COMMENT 'Additional Info',
  PRIMARY KEY (`history_id`),
  KEY `MAGENTO_GIFTCARDACCOUNT_HISTORY_GIFTCARDACCOUNT_ID` (`giftcardaccount_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Enterprise Giftcardaccount History';
CREATE TABLE `magento_rma` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'RMA Id',
  `status` varchar(32) DEFAULT NULL COMMENT 'Status',
  `is_active` smallint(5) unsigned NOT NULL DEFAULT 1 COMMENT 'Is Active',
  `increment_id` varchar(50) DEFAULT NULL COMMENT 'Increment Id',
  `date_requested` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'RMA Requested At',
  `order_id` int(10) unsigned NOT NULL COMMENT 'Order Id',
  `order_increment_id` varchar(50) DEFAULT NULL COMMENT 'Order Increment Id',
  `store_id` smallint(5) unsigned DEFAULT NULL COMMENT 'Store Id',
  `customer_id` int(10) unsigned DEFAULT NULL COMMENT 'Customer Id',
  `customer_custom_email` varchar(255) DEFAULT NULL COMMENT 'Customer Custom Email',
  `protect_code` varchar(255) DEFAULT NULL COMMENT 'Protect Code',
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `MAGENTO_RMA_INCREMENT_ID_STORE_ID` (`increment_id`,`store_id`),
  KEY `MAGENTO_RMA_STATUS` (`status`),
  KEY `MAGENTO_RMA_ORDER_ID` (`order_id`),
  KEY `MAGENTO_RMA_CUSTOMER_ID` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='RMA LIst';
CREATE TABLE `magento_rma_item_entity` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity Id',
  `entity_type_id` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Entity Type Id',
  `attribute_set_id` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Attribute Set Id',
  `rma_entity_id` int(10) unsigned NOT NULL COMMENT 'RMA entity id',
  `is_qty_decimal` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Is Qty Decimal',
  `qty_requested` decimal(12,4) NOT NULL DEFAULT 0.0000 COMMENT 'Qty of requested for RMA items',
  `qty_authorized` decimal(12,4) DEFAULT NULL COMMENT 'Qty of authorized items',
  `qty_approved` decimal(12,4) DEFAULT NULL COMMENT 'Qty of approved items',
  `status` varchar(50) DEFAULT NULL COMMENT 'Status',
  `order_item_id` int(10) unsigned DEFAULT NULL COMMENT 'Product Order Item Id',
  `product_name` varchar(255) DEFAULT NULL COMMENT 'Product Name',
  `qty_returned` decimal(12,4) DEFAULT NULL COMMENT 'Qty of returned items',
  `product_sku` varchar(255) DEFAULT NULL COMMENT 'Product Sku',
  `product_admin_name` varchar(255) DEFAULT NULL COMMENT 'Product Name For Backend',
  `product_admin_sku` varchar(255) DEFAULT NULL COMMENT 'Product Sku For Backend',
  `product_options` text DEFAULT NULL COMMENT 'Product Options',
  PRIMARY KEY (`entity_id`),
  KEY `MAGENTO_RMA_ITEM_ENTITY_ENTITY_TYPE_ID` (`entity_type_id`),
  KEY `MAGENTO_RMA_ITEM_ENTITY_RMA_ENTITY_ID` (`rma_entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='RMA Item Entity';
CREATE TABLE `magento_rma_item_entity_int` (
  `value_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Value Id',
  `attribute_id` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Attribute Id',
  `entity_id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Entity Id',
  `value` int(11) NOT NULL DEFAULT 0 COMMENT 'Value',
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `MAGENTO_RMA_ITEM_ENTITY_INT_ENTITY_ID_ATTRIBUTE_ID` (`entity_id`,`attribute_id`),
  KEY `MAGENTO_RMA_ITEM_ENTITY_INT_ATTRIBUTE_ID` (`attribute_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='RMA Item Entity Int';
CREATE TABLE `magento_rma_item_entity_varchar` (
  `value_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Value Id',
  `attribute_id` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Attribute Id',
  `entity_id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Entity Id',
  `value` varchar(255) DEFAULT NULL COMMENT 'Value',
  PRIMARY KEY (`value_id`),
  UNIQUE KEY `MAGENTO_RMA_ITEM_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID` (`entity_id`,`attribute_id`),
  KEY `MAGENTO_RMA_ITEM_ENTITY_VARCHAR_ATTRIBUTE_ID` (`attribute_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='RMA Item Entity Varchar';
CREATE TABLE `magento_rma_status_history` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity Id',
  `rma_entity_id` int(10) unsigned NOT NULL COMMENT 'RMA Entity Id',
  `is_customer_notified` int(11) DEFAULT NULL COMMENT 'Is Customer Notified',
  `is_visible_on_front` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Is Visible On Front',
  `comment` text DEFAULT NULL COMMENT 'Comment',
  `status` varchar(32) DEFAULT NULL COMMENT 'Status',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Created At',
  `is_admin` smallint(5) unsigned DEFAULT NULL COMMENT 'Is this Merchant Comment',
  PRIMARY KEY (`entity_id`),
  KEY `MAGENTO_RMA_STATUS_HISTORY_RMA_ENTITY_ID` (`rma_entity_id`),
  KEY `MAGENTO_RMA_STATUS_HISTORY_CREATED_AT` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='RMA status history magento_rma_status_history';
CREATE TABLE `magento_rma_shipping_label` (
  `entity_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity Id',
  `rma_entity_id` int(10) unsigned NOT NULL COMMENT 'RMA Entity Id',
  `shipping_label` mediumblob DEFAULT NULL COMMENT 'Shipping Label Content',
  `packages` text DEFAULT NULL COMMENT 'Packed Products in Packages',
  `track_number` text DEFAULT NULL COMMENT 'Tracking Number',
  `carrier_title` varchar(255) DEFAULT NULL COMMENT 'Carrier Title',
  `method_title` varchar(255) DEFAULT NULL COMMENT 'Method Title',
  `carrier_code` varchar(32) DEFAULT NULL COMMENT 'Carrier Code',
  `method_code` varchar(32) DEFAULT NULL COMMENT 'Method Code',
  `price` decimal(12,4) DEFAULT NULL COMMENT 'Price',
  `is_admin` smallint(6) DEFAULT NULL COMMENT 'Is this Merchant Label',
  PRIMARY KEY (`entity_id`),
  KEY `MAGENTO_RMA_SHIPPING_LABEL_RMA_ENTITY_ID` (`rma_entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='List of RMA Shipping Labels';
