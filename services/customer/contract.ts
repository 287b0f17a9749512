/**
 * The customer service's import contract: the tables an import writes and their columns, in the order of the
 * rows' values (schema and meaning: migrations/*.sql). Every row carries its Magento key beside its UUID.
 */
import { contractOf, table } from '../kit/index.ts';

export const website = table('website', ['id', 'magento_id', 'code', 'name'], ['id']);
export const store = table('store', ['id', 'magento_id', 'code', 'name', 'website_id', 'website_magento_id'], ['id']);
export const config = table('config', ['path', 'scope', 'scope_id', 'value'], ['path', 'scope', 'scope_id']);
export const customerGroup = table('customer_group', ['id', 'magento_id', 'code', 'tax_class_magento_id', 'tax_class_name'], ['id']);
export const customer = table(
  'customer',
  [
    'id', 'magento_id', 'website_id', 'website_magento_id', 'store_id', 'store_magento_id', 'email', 'email_key', 'email_scope',
    'group_id', 'group_magento_id', 'increment_id', 'prefix', 'firstname', 'middlename', 'lastname', 'suffix', 'dob', 'gender',
    'gender_label', 'taxvat', 'is_active', 'disable_auto_group_change', 'created_in', 'created_at', 'updated_at', 'confirmed',
    'default_billing_address_id', 'default_billing_magento_id', 'default_shipping_address_id', 'default_shipping_magento_id', 'attributes',
  ],
  ['id'],
);
export const customerCredentials = table(
  'customer_credentials',
  ['customer_id', 'password_hash', 'password_algorithm', 'migrated_algorithm', 'password_upgraded_at', 'confirmation', 'failures_num', 'first_failure', 'lock_expires', 'last_login_at'],
  ['customer_id'],
);
export const customerAddress = table(
  'customer_address',
  [
    'id', 'magento_id', 'customer_id', 'customer_magento_id', 'is_active', 'prefix', 'firstname', 'middlename', 'lastname', 'suffix',
    'company', 'street', 'city', 'region', 'region_id', 'region_code', 'postcode', 'country_id', 'telephone', 'fax', 'vat_id',
    'vat_is_valid', 'vat_request_id', 'vat_request_date', 'vat_request_success', 'created_at', 'updated_at', 'attributes',
  ],
  ['id'],
);
export const newsletterSubscription = table(
  'newsletter_subscription',
  ['id', 'magento_id', 'customer_id', 'customer_magento_id', 'store_id', 'store_magento_id', 'status', 'status_label', 'changed_at'],
  ['id'],
);

/**
 * The read model's parts built by the import from the rows it writes (customer-document-parts.ts, migrations/004):
 * each customer's head and tail with the customer rows, each address's with the address rows. Postgres builds the
 * ones the import leaves to it (refresh_customer_documents, refresh_customer_address_documents) in the same batch.
 */
export const customerDocument = table(
  'customer_document',
  ['customer_id', 'magento_id', 'email_key', 'website_magento_id', 'default_billing_address_id', 'default_shipping_address_id', 'head', 'tail'],
  ['customer_id'],
);
export const customerAddressDocument = table('customer_address_document', ['address_id', 'customer_id', 'magento_id', 'head', 'tail'], ['address_id']);

export const customerContract = contractOf(
  website, store, config, customerGroup, customer, customerCredentials, customerAddress, newsletterSubscription, customerDocument, customerAddressDocument,
);
