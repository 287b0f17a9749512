-- Payments with their order's currency and number. Card data is never read: each card column is only tested
-- for holding a value (card_<column> = 1), so the report can count what was left behind. A column this
-- Magento version lacks renders as NULL (0). cc_type and cc_last_4 are masked details and are read.
SELECT p.entity_id, p.parent_id AS order_id, p.method,
  p.amount_ordered, p.base_amount_ordered, p.amount_authorized, p.base_amount_authorized, p.amount_paid, p.base_amount_paid,
  p.amount_refunded, p.base_amount_refunded, p.amount_canceled, p.base_amount_canceled,
  p.shipping_amount, p.base_shipping_amount, p.shipping_captured, p.base_shipping_captured, p.shipping_refunded, p.base_shipping_refunded,
  p.cc_type, p.cc_last_4, p.last_trans_id, p.po_number, p.additional_information,
  (COALESCE({{col:p.cc_number_enc@sales_order_payment}}, '') <> '') AS card_cc_number_enc,
  (COALESCE({{col:p.cc_cid_enc@sales_order_payment}}, '') <> '') AS card_cc_cid_enc,
  (COALESCE({{col:p.cc_exp_month@sales_order_payment}}, '') <> '') AS card_cc_exp_month,
  (COALESCE({{col:p.cc_exp_year@sales_order_payment}}, '') <> '') AS card_cc_exp_year,
  (COALESCE({{col:p.cc_owner@sales_order_payment}}, '') <> '') AS card_cc_owner,
  (COALESCE({{col:p.cc_ss_issue@sales_order_payment}}, '') <> '') AS card_cc_ss_issue,
  (COALESCE({{col:p.cc_ss_start_month@sales_order_payment}}, '') <> '') AS card_cc_ss_start_month,
  (COALESCE({{col:p.cc_ss_start_year@sales_order_payment}}, '') <> '') AS card_cc_ss_start_year,
  (COALESCE({{col:p.cc_approval@sales_order_payment}}, '') <> '') AS card_cc_approval,
  (COALESCE({{col:p.cc_trans_id@sales_order_payment}}, '') <> '') AS card_cc_trans_id,
  (COALESCE({{col:p.cc_debug_request_body@sales_order_payment}}, '') <> '') AS card_cc_debug_request_body,
  (COALESCE({{col:p.cc_debug_response_body@sales_order_payment}}, '') <> '') AS card_cc_debug_response_body,
  (COALESCE({{col:p.cc_debug_response_serialized@sales_order_payment}}, '') <> '') AS card_cc_debug_response_serialized,
  (COALESCE({{col:p.echeck_routing_number@sales_order_payment}}, '') <> '') AS card_echeck_routing_number,
  (COALESCE({{col:p.echeck_account_name@sales_order_payment}}, '') <> '') AS card_echeck_account_name,
  o.entity_id AS order_entity_id, o.increment_id AS order_increment_id, o.store_id AS order_store_id, o.customer_id AS order_customer_id,
  o.order_currency_code AS order_order_currency, o.base_currency_code AS order_base_currency
FROM sales_order_payment p
LEFT JOIN sales_order o ON o.entity_id = p.parent_id
WHERE {{raw:after}}
ORDER BY p.entity_id
LIMIT :limit
