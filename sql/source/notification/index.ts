/** Typed names of the notification context's source queries (sql/source/notification/*.sql) and their rows. */
import { defineQuery } from '../../query.ts';
import type { SourceStoreRow } from '../review/index.ts';

export type CountRow = { n: number };

export interface SourceSubscriber {
  subscriber_id: number;
  store_id: number | null;
  change_status_at: string | null;
  customer_id: number;
  subscriber_email: string | null;
  subscriber_status: number;
  has_confirm_code: number;
}
export interface SourceTemplate {
  template_id: number;
  template_code: string | null;
  template_text: string | null;
  template_styles: string | null;
  template_type: number | null;
  template_subject: string | null;
  template_sender_name: string | null;
  template_sender_email: string | null;
  template_actual?: number | null;
  added_at: string | null;
  modified_at: string | null;
  orig_template_code?: string | null;
  orig_template_variables?: string | null;
  is_legacy: number | null;
}

export const subscribers = defineQuery<SourceSubscriber>('source/notification/subscribers');
export const subscriberCount = defineQuery<CountRow>('source/notification/subscriber-count');
export const subscriberCustomers = defineQuery<{ entity_id: number }>('source/notification/subscriber-customers');
export const newsletterTemplates = defineQuery<SourceTemplate>('source/notification/newsletter-templates');
export const newsletterTemplateCount = defineQuery<CountRow>('source/notification/newsletter-template-count');
export const emailTemplates = defineQuery<SourceTemplate>('source/notification/email-templates');
export const emailTemplateCount = defineQuery<CountRow>('source/notification/email-template-count');
export const stores = defineQuery<SourceStoreRow>('source/notification/stores');
export const storeCount = defineQuery<CountRow>('source/notification/store-count');
export const confirmCodeCount = defineQuery<CountRow>('source/notification/confirm-code-count');
