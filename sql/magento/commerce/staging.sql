-- Adobe Commerce 2.4 (staging) DDL: sequence tables that issue entity_ids, and the scheduled updates whose ids
-- (Unix timestamps of their start) bound each row version in created_in/updated_in. Version 1 is "the beginning",
-- 2147483647 (VersionManager::MAX_VERSION) "forever".
CREATE TABLE `sequence_product` (
  `sequence_value` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`sequence_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `sequence_catalog_category` (
  `sequence_value` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`sequence_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `sequence_cms_page` (
  `sequence_value` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`sequence_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `sequence_cms_block` (
  `sequence_value` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`sequence_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `sequence_salesrule` (
  `sequence_value` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`sequence_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `staging_update` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Update Id',
  `start_time` datetime NOT NULL COMMENT 'Update start time',
  `name` varchar(255) NOT NULL COMMENT 'Update name',
  `description` varchar(255) DEFAULT NULL COMMENT 'Update description',
  `rollback_id` bigint(20) unsigned DEFAULT NULL COMMENT 'Rollback Id',
  `is_campaign` smallint(5) unsigned DEFAULT NULL COMMENT 'Is update a campaign',
  `is_rollback` smallint(5) unsigned DEFAULT NULL COMMENT 'Is update a rollback',
  `moved_to` bigint(20) unsigned DEFAULT NULL COMMENT 'Update Id it was moved to',
  `oldId` bigint(20) unsigned DEFAULT NULL COMMENT 'Update Id it was moved from',
  PRIMARY KEY (`id`),
  KEY `STAGING_UPDATE_IS_CAMPAIGN` (`is_campaign`),
  FULLTEXT KEY `STAGING_UPDATE_GRID` (`name`,`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Staging Updates Table';
