/**
 * Shipping and saved payment methods (both editions): table rates per website (Luma's nine plus postcode,
 * any-country and weight rows), the offline carriers' settings with credentials among them (encrypted, as
 * Magento keeps UPS, USPS and FedEx credentials), card data left on a few old payments (as stores upgraded
 * from Magento 1 hold it), and vault tokens of customers, including some of deleted customers.
 */
import { insertRows, rnd, run, type SeedContext } from '../session.ts';

/** Luma's nine rows (website 1, price vs destination) and more patterns the rate lookup must order right. */
function tablerateRows(ctx: SeedContext): unknown[][] {
  const v = 'package_value_with_discount';
  const rows: unknown[][] = [
    [1, 'US', 0, '*', v, '0.0000', '15.0000', '0.0000'], [1, 'US', 0, '*', v, '50.0000', '10.0000', '0.0000'], [1, 'US', 0, '*', v, '100.0000', '5.0000', '0.0000'],
    [1, 'US', 2, '*', v, '0.0000', '20.0000', '0.0000'], [1, 'US', 2, '*', v, '50.0000', '15.0000', '0.0000'], [1, 'US', 2, '*', v, '100.0000', '10.0000', '0.0000'],
    [1, 'US', 21, '*', v, '0.0000', '20.0000', '0.0000'], [1, 'US', 21, '*', v, '50.0000', '15.0000', '0.0000'], [1, 'US', 21, '*', v, '100.0000', '10.0000', '0.0000'],
    // A postcode row beats the region's '*' row; a prefix row matches "10001-1234"; country '0' is any country.
    [1, 'US', 12, '90210', v, '0.0000', '25.5000', '3.2500'], [1, 'US', 0, '10001', v, '0.0000', '12.0000', '1.0000'],
    [1, 'US', 0, '', v, '200.0000', '2.5000', '0.0000'], [1, '0', 0, '*', v, '30.0000', '40.0000', '9.0000'], [1, 'CA', 0, '*', v, '75.0000', '18.7500', '4.0000'],
    // Another condition on the same website: read only when its condition is configured.
    [1, 'US', 0, '*', 'package_weight', '0.0000', '99.0000', '0.0000'],
  ];
  if (ctx.stores.length > 1) {
    const w = 'package_weight';
    rows.push(
      [2, 'DE', 0, '*', w, '0.0000', '4.9000', '2.0000'], [2, 'DE', 0, '*', w, '5.0000', '7.9000', '3.0000'], [2, 'DE', 0, '*', w, '20.5000', '14.9000', '6.0000'],
      [2, 'FR', 0, '75001', w, '0.0000', '6.5000', '2.5000'], [2, 'FR', 0, '*', w, '0.0000', '8.5000', '2.5000'], [2, '0', 0, '*', w, '1.0000', '29.0000', '12.0000'],
    );
  }
  return rows;
}

/** The carriers' settings: [scope, scope_id, path, value]. Credentials hold the Encryptor's "0:3:..." form. */
function carrierRows(ctx: SeedContext): unknown[][] {
  const rows: unknown[][] = [
    ['default', 0, 'carriers/flatrate/active', '1'], ['default', 0, 'carriers/flatrate/type', 'I'], ['default', 0, 'carriers/flatrate/price', '4.50'],
    ['default', 0, 'carriers/flatrate/handling_fee', '1.25'], ['default', 0, 'carriers/flatrate/title', 'Flat Rate'],
    ['default', 0, 'carriers/tablerate/active', '1'], ['default', 0, 'carriers/tablerate/condition_name', 'package_value_with_discount'],
    ['default', 0, 'carriers/tablerate/handling_type', 'P'], ['default', 0, 'carriers/tablerate/handling_fee', '10'],
    ['default', 0, 'carriers/freeshipping/active', '1'], ['default', 0, 'carriers/freeshipping/free_shipping_subtotal', '150'],
    ['default', 0, 'carriers/freeshipping/sallowspecific', '1'], ['default', 0, 'carriers/freeshipping/specificcountry', 'US,CA'],
    ['default', 0, 'carriers/freeshipping/showmethod', '1'],
    ['default', 0, 'carriers/ups/active', '0'], ['default', 0, 'carriers/ups/username', '0:3:k9Jc2mS1Yq0pZx7vN4bT8wE5rU6iO3aL'],
    ['default', 0, 'carriers/ups/password', '0:3:Qm7sP2dF9gH4jK1lZ8xC5vB6nM3qW0eR'], ['default', 0, 'carriers/fedex/account', '0:3:aB3dE6gH9jK2mN5pQ8sT1vW4yZ7cF0hL'],
    ['default', 0, 'carriers/fedex/key', '0:3:zY8xW5vU2tS9rQ6pO3nM0lK7jI4hG1fE'], ['default', 0, 'carriers/usps/userid', '0:3:mN4bV7cX0zL3kJ6hG9fD2sA5pO8iU1yT'],
    ['default', 0, 'carriers/dhl/title', 'DHL'],
  ];
  if (ctx.stores.length > 1) {
    rows.push(
      ['websites', 2, 'carriers/tablerate/condition_name', 'package_weight'], ['websites', 2, 'carriers/tablerate/handling_fee', '0'],
      ['websites', 2, 'carriers/flatrate/type', 'O'], ['websites', 2, 'carriers/flatrate/price', '9.99'], ['websites', 2, 'carriers/freeshipping/active', '0'],
      ['websites', 2, 'carriers/ups/password', '0:3:Wq1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC'],
    );
  }
  return rows.map((r) => [...r, '2024-01-01 00:00:00']);
}

export async function createShippingAndVault(ctx: SeedContext): Promise<void> {
  await insertRows(ctx, 'shipping_tablerate', ['website_id', 'dest_country_id', 'dest_region_id', 'dest_zip', 'condition_name', 'condition_value', 'price', 'cost'], tablerateRows(ctx));
  await insertRows(ctx, 'core_config_data', ['scope', 'scope_id', 'path', 'value', 'updated_at'], carrierRows(ctx));
  // Card data of old card payments (Magento 1's saved-card method): an encrypted card number beside the expiry
  // the Braintree payments already hold.
  await run(ctx, 'sales_order_payment', `UPDATE sales_order_payment p SET p.cc_number_enc = CONCAT('0:3:', TO_BASE64(MD5(CONCAT('pan', p.parent_id))))
    WHERE p.method = 'braintree' AND ${rnd(ctx, 'ccdata', 'p.parent_id', 3)} = 0`);
  // Vault tokens: every 5th customer saved a Braintree card, every 9th a PayPal account; some are expired,
  // hidden or inactive; two belong to customers that were deleted (the token row stayed behind).
  const maxCustomer = `(SELECT MAX(entity_id) FROM customer_entity)`;
  const token = (salt: string) => `LOWER(SUBSTR(MD5(CONCAT('${salt}', c.entity_id, ${ctx.seed})), 1, 8))`;
  await run(ctx, 'vault_payment_token', `INSERT INTO vault_payment_token (customer_id, public_hash, payment_method_code, type, created_at, expires_at, gateway_token, details, is_active, is_visible)
    SELECT c.entity_id, SHA2(CONCAT('card', c.entity_id, ${ctx.seed}), 256), 'braintree', 'card', TIMESTAMPADD(DAY, MOD(c.entity_id, 700), '2022-01-01'),
      TIMESTAMPADD(YEAR, 1 + MOD(c.entity_id, 6), '2022-01-01'), ${token('gw')},
      CONCAT('{"type":"', IF(MOD(c.entity_id, 2) = 0, 'VI', 'MC'), '","maskedCC":"', LPAD(MOD(c.entity_id * 37, 10000), 4, '0'), '","expirationDate":"12/', 2023 + MOD(c.entity_id, 6), '"}'),
      IF(MOD(c.entity_id, 25) = 0, 0, 1), IF(MOD(c.entity_id, 15) = 0, 0, 1)
    FROM customer_entity c WHERE MOD(c.entity_id, 5) = 0 ORDER BY c.entity_id`);
  await run(ctx, 'vault_payment_token', `INSERT INTO vault_payment_token (customer_id, public_hash, payment_method_code, type, created_at, expires_at, gateway_token, details, is_active, is_visible)
    SELECT c.entity_id, SHA2(CONCAT('paypal', c.entity_id, ${ctx.seed}), 256), 'braintree_paypal', 'account', TIMESTAMPADD(DAY, MOD(c.entity_id, 500), '2022-06-01'),
      TIMESTAMPADD(YEAR, 2, '2022-06-01'), ${token('pp')}, CONCAT('{"payerEmail":"buyer', c.entity_id, '@example.com"}'), 1, 1
    FROM customer_entity c WHERE MOD(c.entity_id, 9) = 0 ORDER BY c.entity_id`);
  await run(ctx, 'vault_payment_token', `INSERT INTO vault_payment_token (customer_id, public_hash, payment_method_code, type, created_at, expires_at, gateway_token, details, is_active, is_visible)
    SELECT ${maxCustomer} + s.n, SHA2(CONCAT('gone', s.n, ${ctx.seed}), 256), 'braintree', 'card', '2022-03-01 00:00:00', '2027-03-01 00:00:00',
      LOWER(SUBSTR(MD5(CONCAT('gone', s.n)), 1, 8)), '{"type":"VI","maskedCC":"0004","expirationDate":"03/2027"}', 1, 1
    FROM magemig_small s WHERE s.n <= 2`);
}
