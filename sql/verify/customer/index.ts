/**
 * Typed names of `verify`'s customer queries: its own reading of Magento's customer tables (MySQL) and of
 * the customer service's database (target-*, Postgres). Nothing here is shared with sql/source/customer.
 */
import { defineQuery } from '../../query.ts';

export const addressFields = defineQuery('verify/customer/address-fields');
export const addressesKeys = defineQuery('verify/customer/addresses-keys');
export const addressesPerCountry = defineQuery('verify/customer/addresses-per-country');
export const configKeys = defineQuery('verify/customer/config-keys');
export const customerFields = defineQuery('verify/customer/customer-fields');
export const customersKeys = defineQuery('verify/customer/customers-keys');
export const customersPerWebsite = defineQuery('verify/customer/customers-per-website');
export const groupsKeys = defineQuery('verify/customer/groups-keys');
export const newsletterKeys = defineQuery('verify/customer/newsletter-keys');
export const storesKeys = defineQuery('verify/customer/stores-keys');
export const targetAddressFields = defineQuery('verify/customer/target-address-fields');
export const targetAddressesKeys = defineQuery('verify/customer/target-addresses-keys');
export const targetAddressesPerCountry = defineQuery('verify/customer/target-addresses-per-country');
export const targetConfigKeys = defineQuery('verify/customer/target-config-keys');
export const targetCustomerFields = defineQuery('verify/customer/target-customer-fields');
export const targetCustomersKeys = defineQuery('verify/customer/target-customers-keys');
export const targetCustomersPerWebsite = defineQuery('verify/customer/target-customers-per-website');
export const targetGroupsKeys = defineQuery('verify/customer/target-groups-keys');
export const targetNewsletterKeys = defineQuery('verify/customer/target-newsletter-keys');
export const targetStoresKeys = defineQuery('verify/customer/target-stores-keys');
export const targetWebsitesKeys = defineQuery('verify/customer/target-websites-keys');
export const websitesKeys = defineQuery('verify/customer/websites-keys');
