/**
 * The customer context's verification: accounts (every e-mail per website, their newsletter subscriptions,
 * accounts per website, their fields),
 * addresses (the account each belongs to, through the target's own reference), groups, websites, store views
 * and the customer settings. Password hashes are never compared: the service holds them re-encoded or not at all.
 */
import * as q from '../../sql/verify/customer/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const customers = tableVerifier({
  entity: 'customers',
  sourceKeys: q.customersKeys,
  targetKeys: q.targetCustomersKeys,
  // Magento's unique key (customer_entity: email + website_id); compared as Magento holds the e-mail.
  keySets: [
    { name: 'e-mail per website', key: (r) => (r.email === null ? null : `${str(r.email)}@${str(r.website ?? r.website_id)}`) },
    { name: 'newsletter subscription (store, status)', key: (r) => `${str(r.subscriber_id)}: customer ${str(r.id)} @${str(r.store_id)} (${str(r.status)})`, source: q.newsletterKeys, target: q.targetNewsletterKeys },
  ],
  label: (r) => `email=${str(r.email)},website=${str(r.website ?? r.website_id)}`,
  measures: [{ source: q.customersPerWebsite, target: q.targetCustomersPerWebsite }],
  fields: [{ source: q.customerFields, target: q.targetCustomerFields }],
  sampleFrom: 'customer',
});

const addresses = tableVerifier({
  entity: 'addresses',
  sourceKeys: q.addressesKeys,
  targetKeys: q.targetAddressesKeys,
  keySets: [{ name: 'address > customer', key: (r) => `${str(r.id)} > ${str(r.customer_id)}` }],
  label: (r) => `address_id=${str(r.id)}`,
  measures: [{ source: q.addressesPerCountry, target: q.targetAddressesPerCountry }],
  fields: [{ source: q.addressFields, target: q.targetAddressFields }],
  sampleFrom: 'customer_address',
});

const groups = tableVerifier({
  entity: 'groups',
  sourceKeys: q.groupsKeys,
  targetKeys: q.targetGroupsKeys,
  keySets: [{ name: 'group id: code (tax class)', key: (r) => `${str(r.id)}: ${str(r.code)} (${str(r.tax_class_id)})` }],
  label: (r) => `customer_group_id=${str(r.id)}`,
});

const websites = tableVerifier({
  entity: 'websites',
  sourceKeys: q.websitesKeys,
  targetKeys: q.targetWebsitesKeys,
  keySets: [{ name: 'website code: name', key: (r) => `${str(r.code)}: ${str(r.name)}` }],
  label: (r) => `website=${str(r.code)}`,
});

const stores = tableVerifier({
  entity: 'stores',
  sourceKeys: q.storesKeys,
  targetKeys: q.targetStoresKeys,
  keySets: [{ name: 'store code: name (website id)', key: (r) => `${str(r.code)}: ${str(r.name)} (${str(r.website_id)})` }],
  label: (r) => `store=${str(r.code)}`,
});

const config = tableVerifier({
  entity: 'config',
  sourceKeys: q.configKeys,
  targetKeys: q.targetConfigKeys,
  keySets: [{ name: 'path@scope = value', key: (r) => `${str(r.path)}@${str(r.scope)}/${str(r.scope_id)} = ${str(r.value)}` }],
  label: (r) => `path=${str(r.path)}`,
});

export const customerVerify: ContextVerify = { entities: [websites, stores, config, groups, customers, addresses] };
