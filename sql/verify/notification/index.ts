/**
 * Typed names of `verify`'s notification queries: its own reading of Magento's newsletter and e-mail template
 * tables (MySQL) and of the notification service's database (target-*, Postgres). Nothing here is shared
 * with sql/source/notification. No query reads a confirmation code.
 */
import { defineQuery } from '../../query.ts';

export const emailTemplatesKeys = defineQuery('verify/notification/email-templates-keys');
export const newsletterTemplatesKeys = defineQuery('verify/notification/newsletter-templates-keys');
export const subscriberFields = defineQuery('verify/notification/subscriber-fields');
export const subscribersKeys = defineQuery('verify/notification/subscribers-keys');
export const subscribersPerStatus = defineQuery('verify/notification/subscribers-per-status');
export const targetEmailTemplatesKeys = defineQuery('verify/notification/target-email-templates-keys');
export const targetNewsletterTemplatesKeys = defineQuery('verify/notification/target-newsletter-templates-keys');
export const targetSubscriberFields = defineQuery('verify/notification/target-subscriber-fields');
export const targetSubscribersKeys = defineQuery('verify/notification/target-subscribers-keys');
export const targetSubscribersPerStatus = defineQuery('verify/notification/target-subscribers-per-status');
