/**
 * The independent reading of a table-rate request: Magento's own query (RateQuery::prepareSelect and
 * getBindings, Magento\OfflineShipping\Model\ResourceModel\Carrier\Tablerate::getRate) run on the source
 * MariaDB, with its collation and ordering, giving the row Magento would price with.
 */
import type mysql from 'mysql2/promise';

export interface Probe { website: number; country: string; region: number; postcode: string | null; value: string; condition: string }

export async function magentoTablerate(my: mysql.Connection, p: Probe): Promise<{ pk: number; price: string; cost: string } | null> {
  const prefix = p.postcode === null ? null : (/^(.+)-(.+)$/.exec(p.postcode)?.[1] ?? p.postcode);
  const [rows] = await my.query(
    `SELECT pk, price, cost FROM shipping_tablerate WHERE website_id = :website_id AND (
      (dest_country_id = :country_id AND dest_region_id = :region_id AND dest_zip = :postcode) OR
      (dest_country_id = :country_id AND dest_region_id = :region_id AND dest_zip = :postcode_prefix) OR
      (dest_country_id = :country_id AND dest_region_id = :region_id AND dest_zip = '') OR
      (dest_country_id = :country_id AND dest_region_id = :region_id AND dest_zip = '*') OR
      (dest_country_id = :country_id AND dest_region_id = 0 AND dest_zip = '*') OR
      (dest_country_id = '0' AND dest_region_id = :region_id AND dest_zip = '*') OR
      (dest_country_id = '0' AND dest_region_id = 0 AND dest_zip = '*') OR
      (dest_country_id = :country_id AND dest_region_id = 0 AND dest_zip = '') OR
      (dest_country_id = :country_id AND dest_region_id = 0 AND dest_zip = :postcode) OR
      (dest_country_id = :country_id AND dest_region_id = 0 AND dest_zip = :postcode_prefix))
      AND condition_name = :condition_name AND condition_value <= :condition_value
      ORDER BY dest_country_id DESC, dest_region_id DESC, dest_zip DESC, condition_value DESC LIMIT 1`
      .replace(/:(\w+)/g, (_, n: string) => my.escape(({ website_id: p.website, country_id: p.country, region_id: p.region, postcode: p.postcode, postcode_prefix: prefix, condition_name: p.condition, condition_value: p.value } as Record<string, unknown>)[n])),
  );
  const r = (rows as Array<{ pk: number; price: string; cost: string }>)[0];
  return r ? { pk: Number(r.pk), price: r.price, cost: r.cost } : null;
}

/** Destinations and package figures that walk every branch of the lookup. */
export const DESTINATIONS: Array<{ country: string; region: number; postcode: string | null }> = [
  { country: 'US', region: 0, postcode: null }, { country: 'US', region: 2, postcode: '99501' }, { country: 'US', region: 21, postcode: null },
  { country: 'US', region: 12, postcode: '90210' }, { country: 'US', region: 12, postcode: '90211' }, { country: 'US', region: 43, postcode: '10001-1234' },
  { country: 'US', region: 0, postcode: '10001' }, { country: 'CA', region: 66, postcode: 'H2X 1Y4' }, { country: 'DE', region: 82, postcode: '10115' },
  { country: 'FR', region: 0, postcode: '75001' }, { country: 'FR', region: 0, postcode: '69001' }, { country: 'JP', region: 0, postcode: '100-0001' },
];
export const FIGURES = ['0', '0.5', '4.9999', '5', '20.5', '49.99', '50', '75', '99.9999', '100', '150', '200', '1000'];
