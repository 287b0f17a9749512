/** What an import writes into the shipping service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const store = table('store', ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'is_active'], ['id']);
export const tablerate = table('tablerate', [
  'id', 'magento_id', 'website_magento_id', 'dest_country_id', 'dest_region_id', 'dest_zip', 'condition_name', 'condition_value', 'price', 'cost',
], ['id']);
export const carrierConfig = table('carrier_config', ['magento_id', 'scope', 'scope_id', 'path', 'carrier', 'field', 'value'], ['magento_id']);

export const shippingContract = contractOf(store, tablerate, carrierConfig);
