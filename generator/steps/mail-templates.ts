/**
 * Mail templates of a generated store, as an admin who customised Magento's e-mails leaves them: transactional
 * templates overriding Magento's own (email_template, with orig_template_code and the variables list Magento
 * copies from the file it started from) and newsletter templates (newsletter_template). Their text uses
 * Magento's template directives (Magento\Framework\Filter\Template, Magento\Email\Model\Template\Filter), so
 * the variables each one reads can be listed and compared.
 */
import { insertRows, type SeedContext } from '../session.ts';

const HEADER = '{{template config_path="design/email/header_template"}}';
const FOOTER = '{{template config_path="design/email/footer_template"}}';

/** [code, subject, text, orig_template_code, orig_template_variables] */
export const EMAIL_TEMPLATES: ReadonlyArray<[string, string, string, string | null, string | null]> = [
  ['Order confirmation (custom)', '{{trans "Your %store_name order confirmation" store_name=$store.frontend_name}}',
    `${HEADER}<p>{{trans "%name," name=$order_data.customer_name}}</p>{{if order_data.is_not_virtual}}<p>{{var formattedShippingAddress|raw}}</p>{{/if}}
{{layout handle="sales_email_order_items" order_id=$order_id area="frontend"}}<p>{{var order.increment_id}}</p>${FOOTER}`,
    'sales_email_order_template', '{"var formattedBillingAddress|raw":"Billing Address","var order.increment_id":"Order Id"}'],
  ['Welcome (custom)', '{{trans "Welcome to %store_name" store_name=$store.frontend_name}}',
    `${HEADER}<p>{{trans "Welcome to %store_name." store_name=$store.frontend_name}}</p><a href="{{var this.getUrl($store,'customer/account/',[_nosid:1])}}">{{trans "My account"}}</a>
{{depend customer.confirmation}}<p>{{var customer.confirmation}}</p>{{/depend}}<img src="{{view url='Magento_Email/logo_email.png'}}"/>${FOOTER}`,
    'customer_create_account_email_template', '{"var customer.email":"Customer Email","var customer.name":"Customer Name"}'],
  ['Password reset (custom)', '{{trans "Reset your %store_name password" store_name=$store.frontend_name}}',
    `<p>{{trans "Hello %name," name=$customer.name}}</p><a href="{{var this.getUrl($store,'customer/account/createPassword/',[_query:[token:$customer.rp_token],_nosid:1])}}">Reset</a>
{{store url="customer/account/"}} {{config path="general/store_information/phone"}}`,
    'customer_password_forgot_email_template', null],
  ['Shipment (custom)', '{{trans "Your %store_name order has shipped" store_name=$store.frontend_name}}',
    `{{for item in order.getAllVisibleItems()}}<li>{{var item.name}} x {{var item.qty_ordered}}</li>{{/for}}{{block class="Magento\\Framework\\View\\Element\\Template" area="frontend" template="Magento_Sales::email/shipment/track.phtml" shipment=$shipment order=$order}}
{{customvar code="support_line"}}<style>{{css file="css/email-inline.css"}}</style>`,
    'sales_email_shipment_template', null],
];

/** [code, subject, text] */
export const NEWSLETTER_TEMPLATES: ReadonlyArray<[string, string, string]> = [
  ['Spring sale', 'Spring sale at {{var store.getFrontendName()}}',
    '<h1>{{trans "Spring sale"}}</h1><p>{{var subscriber.getSubscriberFullName()}}</p><a href="{{var subscriber.getUnsubscriptionLink()}}">Unsubscribe</a>{{media url="wysiwyg/spring.jpg"}}'],
  ['Weekly digest', 'This week', '{{widget type="Magento\\Cms\\Block\\Widget\\Block" template="widget/static_block/default.phtml" block_id="2"}}<p>{{var subscriber.subscriber_email}}</p>'],
  ['Plain', 'News', '<p>No directives at all.</p>'],
];

export async function createMailTemplates(ctx: SeedContext): Promise<void> {
  await insertRows(ctx, 'email_template', ['template_id', 'template_code', 'template_text', 'template_styles', 'template_type', 'template_subject', 'template_sender_name',
    'template_sender_email', 'added_at', 'modified_at', 'orig_template_code', 'orig_template_variables', 'is_legacy'],
  EMAIL_TEMPLATES.map(([code, subject, text, orig, vars], i) => [i + 1, code, text, i === 0 ? 'p { color: #333; }' : null, 2, subject, null, null, '2024-01-01 00:00:00',
    `2024-02-0${i + 1} 00:00:00`, orig, vars, i === 3 ? 1 : 0]));
  await insertRows(ctx, 'newsletter_template', ['template_id', 'template_code', 'template_text', 'template_styles', 'template_type', 'template_subject', 'template_sender_name',
    'template_sender_email', 'template_actual', 'added_at', 'modified_at', 'is_legacy'],
  NEWSLETTER_TEMPLATES.map(([code, subject, text], i) => [i + 1, code, text, null, 2, subject, 'Shop', 'news@example.com', 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 0]));
}
