-- One page of orders in entity_id order: the columns the order service keeps (sales_order has about 130;
-- reading only these is most of what makes the flat copy cheap). The runner fills the keyset predicate.
SELECT o.entity_id, o.increment_id, o.store_id, o.state, o.status, o.created_at, o.updated_at,
  o.customer_id, o.customer_is_guest, o.customer_email, o.customer_prefix, o.customer_firstname, o.customer_middlename,
  o.customer_lastname, o.customer_suffix, o.customer_group_id, o.customer_dob, o.customer_gender, o.customer_taxvat,
  o.order_currency_code, o.base_currency_code, o.global_currency_code, o.store_currency_code, o.base_to_order_rate, o.base_to_global_rate,
  o.subtotal, o.base_subtotal, o.subtotal_incl_tax, o.base_subtotal_incl_tax, o.tax_amount, o.base_tax_amount,
  o.shipping_amount, o.base_shipping_amount, o.shipping_incl_tax, o.base_shipping_incl_tax, o.shipping_tax_amount, o.base_shipping_tax_amount,
  o.discount_amount, o.base_discount_amount, o.discount_description, o.grand_total, o.base_grand_total, o.total_paid, o.base_total_paid,
  o.total_invoiced, o.base_total_invoiced, o.total_refunded, o.base_total_refunded, o.total_canceled, o.base_total_canceled,
  o.total_due, o.base_total_due, o.total_qty_ordered, o.total_item_count, o.weight, o.is_virtual, o.coupon_code, o.applied_rule_ids,
  o.shipping_method, o.shipping_description, o.store_name, o.remote_ip, o.quote_id, o.ext_order_id, o.original_increment_id,
  o.relation_parent_id, o.hold_before_state, o.hold_before_status, o.customer_note, o.gift_message_id
FROM sales_order o
WHERE {{raw:after}}
ORDER BY o.entity_id
LIMIT :limit
