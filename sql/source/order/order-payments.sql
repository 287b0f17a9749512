-- Payments without their card data: the card columns are only counted here (never read into magemig):
-- card_fields = how many of them hold a value on this payment.
SELECT p.entity_id, p.parent_id, p.method, p.amount_ordered, p.base_amount_ordered, p.amount_authorized, p.base_amount_authorized,
  p.amount_paid, p.base_amount_paid, p.amount_refunded, p.base_amount_refunded, p.amount_canceled, p.base_amount_canceled,
  p.shipping_amount, p.base_shipping_amount, p.shipping_captured, p.base_shipping_captured, p.shipping_refunded, p.base_shipping_refunded,
  p.cc_type, p.cc_last_4, p.last_trans_id, p.po_number, p.additional_information,
  (COALESCE(p.cc_number_enc, '') <> '') + (COALESCE(p.cc_exp_month, '') <> '') + (COALESCE(p.cc_exp_year, '') <> '')
    + (COALESCE(p.cc_owner, '') <> '') + (COALESCE(p.cc_cid_status, '') <> '') + (COALESCE(p.cc_ss_issue, '') <> '')
    + (COALESCE(p.cc_ss_start_month, '') <> '') + (COALESCE(p.cc_ss_start_year, '') <> '') + (COALESCE(p.cc_approval, '') <> '')
    + (COALESCE(p.cc_avs_status, '') <> '') + (COALESCE(p.cc_status, '') <> '') + (COALESCE(p.cc_status_description, '') <> '')
    + (COALESCE(p.cc_trans_id, '') <> '') + (COALESCE(p.cc_secure_verify, '') <> '') + (COALESCE(p.cc_debug_request_body, '') <> '')
    + (COALESCE(p.cc_debug_response_body, '') <> '') + (COALESCE(p.cc_debug_response_serialized, '') <> '')
    + (COALESCE(p.echeck_account_name, '') <> '') + (COALESCE(p.echeck_account_type, '') <> '') + (COALESCE(p.echeck_bank_name, '') <> '')
    + (COALESCE(p.echeck_routing_number, '') <> '') + (COALESCE(p.echeck_type, '') <> '') AS card_fields
FROM sales_order_payment p
WHERE p.parent_id BETWEEN :lo AND :hi
ORDER BY p.parent_id, p.entity_id
