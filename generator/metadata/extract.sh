#!/usr/bin/env bash
# Regenerates generator/metadata/system.sql: Magento's own (system) EAV metadata and lookup rows, copied
# from a real Magento 2.4.2 Open Source database (no customer data). Usage: extract.sh [DB] > system.sql
set -euo pipefail
DB=${1:-luma242}
D="mariadb-dump -h127.0.0.1 -uroot --no-create-info --compact --skip-comments --skip-triggers --skip-lock-tables --complete-insert --skip-extended-insert $DB"
# System attributes plus the ones a vanilla install ships as user-defined (cost, manufacturer, color) and size.
SYS="(is_user_defined=0 or attribute_code in ('cost','manufacturer','color','size')) and entity_type_id in (1,2,3,4)"
IDS="select attribute_id from eav_attribute where $SYS"
{
echo "-- System EAV metadata and lookup rows of Magento 2.4.2 Open Source, copied from a real install"
echo "-- (no customer data). Regenerate with generator/metadata/extract.sh."
$D eav_entity_type
$D eav_attribute --where="$SYS"
$D catalog_eav_attribute --where="attribute_id in ($IDS)"
$D customer_eav_attribute --where="attribute_id in ($IDS)"
$D eav_attribute_set --where="attribute_set_id <= 8"
$D eav_attribute_group --where="attribute_set_id <= 4"
$D eav_entity_attribute --where="attribute_set_id <= 4 and attribute_id in ($IDS)"
$D eav_attribute_option --where="attribute_id = 20"
$D eav_attribute_option_value --where="option_id in (1, 2, 3)"
$D customer_group catalog_product_link_type catalog_product_link_attribute review_entity review_status \
  rating_entity rating rating_option cataloginventory_stock sales_order_status sales_order_status_state
# Magento's directory (countries, regions and their localized names, address formats) and its tax classes.
$D directory_country directory_country_format directory_country_region directory_country_region_name tax_class
} | grep -v '^/\*M!999999'
