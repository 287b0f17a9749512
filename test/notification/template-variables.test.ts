/** The template reads parser (transforms/notification/template-variables.ts) on Magento's directive forms. */
import { describe, expect, it } from 'vitest';
import { templateReads } from '../../transforms/notification/template-variables.ts';

describe('templateReads', () => {
  it('reads var expressions without their modifiers, and the $arguments of trans, layout and block', () => {
    const r = templateReads(
      '{{trans "%name," name=$order_data.customer_name}}<p>{{var formattedShippingAddress|raw}}</p>{{var order.increment_id}}' +
        '{{layout handle="sales_email_order_items" order_id=$order_id area="frontend"}}{{block class="X" shipment=$shipment order=$order}}',
      '{{trans "Your %store_name order" store_name=$store.frontend_name}}',
    );
    expect(r.variables).toEqual(['formattedShippingAddress', 'order', 'order.increment_id', 'order_data.customer_name', 'order_id', 'shipment', 'store.frontend_name']);
    expect(r.directives).toEqual(['block', 'layout', 'trans', 'var']);
  });

  it('reads if, depend and for, leaving the loop variable out, and skips block ends', () => {
    const r = templateReads('{{if order_data.is_not_virtual}}x{{/if}}{{depend customer.confirmation}}y{{/depend}}{{for item in order.getAllVisibleItems()}}{{var item.name}}{{/for}}');
    expect(r.variables).toEqual(['customer.confirmation', 'order.getAllVisibleItems()', 'order_data.is_not_virtual']);
    expect(r.directives).toEqual(['depend', 'for', 'if', 'var']);
  });

  it('reads method calls with arguments, quoted modifiers, config paths and custom variables', () => {
    const r = templateReads(`<a href="{{var this.getUrl($store,'customer/account/',[_nosid:1])}}">{{var subscriber.getUnsubscriptionLink()}}</a>{{var note|escape:"a|b"}}
      {{template config_path="design/email/header_template"}}{{config path='general/store_information/phone'}}{{customvar code="support_line"}}{{store url=""}}{{media url="x.jpg"}}`);
    expect(r.variables).toEqual(['note', 'store', 'subscriber.getUnsubscriptionLink()', "this.getUrl($store,'customer/account/',[_nosid:1])"]);
    expect(r.config_paths).toEqual(['design/email/header_template', 'general/store_information/phone']);
    expect(r.custom_variables).toEqual(['support_line']);
    expect(r.directives).toEqual(['config', 'customvar', 'media', 'store', 'template', 'var']);
  });

  it('reads nothing from a template without directives or without text', () => {
    expect(templateReads('<p>No directives at all.</p>')).toEqual({ variables: [], directives: [], config_paths: [], custom_variables: [] });
    expect(templateReads(null)).toEqual({ variables: [], directives: [], config_paths: [], custom_variables: [] });
  });
});
