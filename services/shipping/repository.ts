/** The shipping service's reads: a website by code, its settings, the table-rate lookup, the totals. */
import type { Queryable } from '../kit/index.ts';
import { CONFIG_DEFAULTS, type Settings, type TableRow } from './carriers.ts';

export interface WebsiteRef { id: number; code: string }

export async function findWebsite(db: Queryable, code: string): Promise<WebsiteRef | null> {
  const { rows } = await db.query('SELECT DISTINCT website_magento_id AS id, website_code AS code FROM store WHERE website_code = $1 AND website_magento_id > 0', [code]);
  return rows.length ? { id: Number(rows[0].id), code: rows[0].code } : null;
}

/** Settings of a website: config.xml defaults, the default scope over them, the website's over both. */
export async function websiteSettings(db: Queryable, websiteId: number): Promise<Settings> {
  const { rows } = await db.query(
    `SELECT path, value FROM carrier_config WHERE (scope = 'default' AND scope_id = 0) OR (scope = 'websites' AND scope_id = $1)
      ORDER BY CASE scope WHEN 'default' THEN 0 ELSE 1 END`,
    [websiteId],
  );
  const out = new Map<string, string | null>(Object.entries(CONFIG_DEFAULTS));
  for (const r of rows as Array<{ path: string; value: string | null }>) out.set(r.path, r.value);
  return out;
}

/** The carriers any scope of the source configures, plus the three offline ones Magento always has. */
export async function carrierCodes(db: Queryable): Promise<string[]> {
  const { rows } = await db.query('SELECT DISTINCT carrier FROM carrier_config WHERE carrier IS NOT NULL');
  return [...new Set(['flatrate', 'tablerate', 'freeshipping', ...rows.map((r) => String(r.carrier))])].sort();
}

/**
 * Magento\OfflineShipping\Model\ResourceModel\Carrier\Tablerate::getRate with RateQuery::prepareSelect: the
 * ten destination patterns, condition_value <= the request's figure, the most specific row first (country,
 * region, zip, then the highest condition value). MySQL compares with utf8_general_ci (case-insensitive,
 * trailing spaces ignored) and orders '*' below digits and letters: upper(), rtrim() and COLLATE "C" do the same.
 */
export async function lookupTablerate(
  db: Queryable,
  q: { websiteId: number; country: string; regionId: number; postcode: string | null; conditionName: string; conditionValue: string },
): Promise<TableRow | null> {
  const prefix = q.postcode === null ? null : (/^(.+)-(.+)$/.exec(q.postcode)?.[1] ?? q.postcode);
  const { rows } = await db.query(
    `WITH t AS (
       SELECT magento_id, price, cost, dest_country_id, dest_region_id, dest_zip, condition_value,
              upper(rtrim(dest_country_id)) AS c, upper(rtrim(dest_zip)) AS z
         FROM tablerate WHERE website_magento_id = $1 AND condition_name = $6 AND condition_value <= $7::numeric)
     SELECT magento_id AS pk, price::text AS price_text, cost::text AS cost_text, dest_country_id, dest_region_id, dest_zip, condition_value::text AS value_text
       FROM t
      WHERE (c = $2 AND dest_region_id = $3 AND z = upper(rtrim($4)))
         OR (c = $2 AND dest_region_id = $3 AND z = upper(rtrim($5)))
         OR (c = $2 AND dest_region_id = $3 AND z = '')
         OR (c = $2 AND dest_region_id = $3 AND z = '*')
         OR (c = $2 AND dest_region_id = 0 AND z = '*')
         OR (c = '0' AND dest_region_id = $3 AND z = '*')
         OR (c = '0' AND dest_region_id = 0 AND z = '*')
         OR (c = $2 AND dest_region_id = 0 AND z = '')
         OR (c = $2 AND dest_region_id = 0 AND z = upper(rtrim($4)))
         OR (c = $2 AND dest_region_id = 0 AND z = upper(rtrim($5)))
      ORDER BY c COLLATE "C" DESC, dest_region_id DESC, z COLLATE "C" DESC, condition_value DESC
      LIMIT 1`,
    [q.websiteId, q.country.toUpperCase(), q.regionId, q.postcode, prefix, q.conditionName, q.conditionValue],
  );
  if (!rows.length) return null;
  const r = rows[0];
  return { pk: Number(r.pk), price: r.price_text, cost: r.cost_text, dest_country_id: r.dest_country_id, dest_region_id: Number(r.dest_region_id), dest_zip: r.dest_zip === '*' ? '' : r.dest_zip, condition_value: r.value_text };
}

/** Per website: table rates and the sum of their prices (the reconciliation's target side); carrier settings. */
export async function shippingTotals(db: Queryable): Promise<{ tablerates: Array<{ website: number; count: number; price: string; cost: string }>; settings: number }> {
  const { rows } = await db.query('SELECT website_magento_id AS website, count(*)::int AS count, sum(price)::text AS price, sum(cost)::text AS cost FROM tablerate GROUP BY 1 ORDER BY 1');
  const { rows: s } = await db.query('SELECT count(*)::int AS n FROM carrier_config');
  return { tablerates: rows.map((r) => ({ website: Number(r.website), count: r.count, price: r.price, cost: r.cost })), settings: s[0].n };
}
