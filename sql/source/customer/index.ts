/**
 * Typed names of the customer context's Magento reads and the rows they return (DATETIME and TIMESTAMP as
 * 'YYYY-MM-DD HH:MM:SS' strings in UTC, DATE as 'YYYY-MM-DD', DECIMAL as strings: core/mysql.ts).
 */
import { defineQuery } from '../../query.ts';

export interface SourceWebsite { website_id: number; code: string; name: string | null }
export interface SourceStore { store_id: number; code: string; name: string | null; website_id: number }
export interface SourceConfig { config_id: number; scope: string; scope_id: number; path: string; value: string | null }
export interface SourceGroup { customer_group_id: number; customer_group_code: string; tax_class_id: number | null; class_name: string | null }

/** customer_entity as read (c.*): the columns every Magento 2 has; others (extensions, versions) ride along. */
export interface SourceCustomer {
  entity_id: number;
  website_id: number | null;
  email: string | null;
  group_id: number | null;
  increment_id: string | null;
  store_id: number | null;
  created_at: string | null;
  updated_at: string | null;
  is_active: number | null;
  disable_auto_group_change: number | null;
  created_in: string | null;
  prefix: string | null;
  firstname: string | null;
  middlename: string | null;
  lastname: string | null;
  suffix: string | null;
  dob: string | null;
  password_hash: string | null;
  rp_token?: string | null;
  rp_token_created_at?: string | null;
  default_billing: number | null;
  default_shipping: number | null;
  taxvat: string | null;
  confirmation: string | null;
  gender: number | null;
  failures_num?: number | null;
  first_failure?: string | null;
  lock_expires?: string | null;
  [column: string]: unknown;
}

export interface SourceSubscription { subscriber_id: number; store_id: number | null; customer_id: number; subscriber_status: number; change_status_at: string | null }
export interface SourceAddressOwner { entity_id: number; parent_id: number }
export interface SourceEmailCandidate { entity_id: number; website_id: number | null; email: string }

export interface SourceAddress {
  entity_id: number;
  increment_id: string | null;
  parent_id: number | null;
  created_at: string | null;
  updated_at: string | null;
  is_active: number | null;
  city: string | null;
  company: string | null;
  country_id: string | null;
  fax: string | null;
  firstname: string | null;
  lastname: string | null;
  middlename: string | null;
  postcode: string | null;
  prefix: string | null;
  region: string | null;
  region_id: number | null;
  street: string | null;
  suffix: string | null;
  telephone: string | null;
  vat_id: string | null;
  vat_is_valid: number | null;
  vat_request_date: string | null;
  vat_request_id: string | null;
  vat_request_success: number | null;
  owner_id: number | null;
  owner_email: string | null;
  owner_website_id: number | null;
  [column: string]: unknown;
}

export interface SourceAttributeOption { option_id: number; attribute_id: number; label: string | null }
export interface SourceRegion { region_id: number; country_id: string; code: string | null; default_name: string | null }

export interface CustomerChildren { subscriptions: SourceSubscription[]; addressOwners: SourceAddressOwner[] }

export const websites = defineQuery<SourceWebsite>('source/customer/websites');
export const websiteCount = defineQuery<{ n: number }>('source/customer/website-count');
export const stores = defineQuery<SourceStore>('source/customer/stores');
export const storeCount = defineQuery<{ n: number }>('source/customer/store-count');
export const configRows = defineQuery<SourceConfig>('source/customer/config');
export const configCount = defineQuery<{ n: number }>('source/customer/config-count');
export const accountShareScope = defineQuery<{ value: string | null }>('source/customer/account-share-scope');
export const groups = defineQuery<SourceGroup>('source/customer/groups');
export const groupCount = defineQuery<{ n: number }>('source/customer/group-count');
export const customerPage = defineQuery<SourceCustomer>('source/customer/customer-page');
export const customerCount = defineQuery<{ n: number }>('source/customer/customer-count');
export const customerNewsletter = defineQuery<SourceSubscription>('source/customer/customer-newsletter');
export const customerAddressOwners = defineQuery<SourceAddressOwner>('source/customer/customer-address-owners');
export const customerEmailDuplicates = defineQuery<SourceEmailCandidate>('source/customer/customer-email-duplicates');
export const addressPage = defineQuery<SourceAddress>('source/customer/address-page');
export const addressCount = defineQuery<{ n: number }>('source/customer/address-count');
export const attributeOptions = defineQuery<SourceAttributeOption>('source/customer/attribute-options');
export const regions = defineQuery<SourceRegion>('source/customer/regions');
