/** What an import writes into the notification service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const store = table('store', ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'is_active'], ['id']);
export const subscriber = table('subscriber', ['id', 'magento_id', 'store_magento_id', 'email', 'email_key', 'status', 'status_code', 'customer_id', 'customer_magento_id', 'changed_at'], ['id']);
export const mailTemplate = table('mail_template', [
  'id', 'kind', 'magento_id', 'code', 'subject', 'text', 'styles', 'type', 'sender_name', 'sender_email', 'is_actual', 'is_legacy', 'orig_template_code',
  'orig_template_variables', 'added_at', 'modified_at', 'variables', 'directives', 'config_paths', 'custom_variables',
], ['id']);

export const notificationContract = contractOf(store, subscriber, mailTemplate);
