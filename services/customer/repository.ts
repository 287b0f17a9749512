/**
 * Reads of the customer service's database for its routes: settings, websites, customers with their
 * addresses and subscriptions. Never the password hash or a token: the one read of credentials that shows
 * anything shows the algorithm's name and when the service re-hashed it.
 */
import type { z } from 'zod';
import type { Queryable } from '../kit/index.ts';
import type { customerSchema } from './schemas.ts';

export type CustomerView = z.infer<typeof customerSchema>;

export type { Queryable } from '../kit/index.ts';

/** Magento's config.xml defaults (Magento_Customer etc/config.xml), for paths core_config_data does not set. */
const DEFAULTS: Record<string, string> = {
  'customer/account_share/scope': '1',
  'customer/password/lockout_failures': '10',
  'customer/password/lockout_threshold': '10',
  'customer/create_account/confirm': '0',
};

export interface Settings {
  /** Magento\Customer\Model\Config\Share: 1 accounts per website (SHARE_WEBSITE), 0 global (SHARE_GLOBAL). */
  shareScope: 0 | 1;
  /** Magento\Customer\Model\Authentication: both read at the default scope; either 0 disables lockout. */
  lockoutFailures: number;
  lockoutThresholdMinutes: number;
  /** customer/create_account/confirm per website (Magento\Customer\Model\AccountConfirmation, website scope). */
  confirmRequired(websiteMagentoId: number | null): boolean;
}

export async function readSettings(db: Queryable): Promise<Settings> {
  const { rows } = await db.query<{ path: string; scope: string; scope_id: number; value: string | null }>('SELECT path, scope, scope_id, value FROM config');
  const at = (path: string, scope = 'default', id = 0): string | undefined => rows.find((r) => r.path === path && r.scope === scope && r.scope_id === id)?.value ?? undefined;
  const value = (path: string): string => at(path) ?? DEFAULTS[path];
  const int = (path: string): number => {
    const n = Number.parseInt(value(path), 10);
    return Number.isFinite(n) && n > 0 ? n : 0;
  };
  return {
    shareScope: value('customer/account_share/scope') === '0' ? 0 : 1,
    lockoutFailures: int('customer/password/lockout_failures'),
    lockoutThresholdMinutes: int('customer/password/lockout_threshold'),
    confirmRequired: (w) => (w !== null ? (at('customer/create_account/confirm', 'websites', w) ?? value('customer/create_account/confirm')) : value('customer/create_account/confirm')) === '1',
  };
}

export interface WebsiteRef {
  id: string;
  magento_id: number;
  code: string;
}

export async function findWebsite(db: Queryable, code: string): Promise<WebsiteRef | null> {
  const { rows } = await db.query<WebsiteRef>('SELECT id, magento_id, code FROM website WHERE code = $1', [code]);
  return rows[0] ?? null;
}

/** The e-mail as the service compares it (the migration stores customer.email_key the same way). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

const CUSTOMER_SELECT = `
  SELECT c.*, c.dob::text AS dob_text, w.code AS website_code, s.code AS store_code,
         g.code AS group_code, g.tax_class_magento_id, g.tax_class_name,
         cr.password_algorithm, cr.password_upgraded_at
    FROM customer c
    LEFT JOIN website w ON w.id = c.website_id
    LEFT JOIN store s ON s.id = c.store_id
    LEFT JOIN customer_group g ON g.id = c.group_id
    LEFT JOIN customer_credentials cr ON cr.customer_id = c.id`;

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export async function customerById(db: Queryable, id: string): Promise<CustomerView | null> {
  const byUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  const { rows } = await db.query(`${CUSTOMER_SELECT} WHERE ${byUuid ? 'c.id = $1' : 'c.magento_id = $1'}`, [id]);
  return rows.length ? (await assemble(db, rows))[0] : null;
}

export async function customersByEmail(db: Queryable, email: string, websiteMagentoId: number | null): Promise<CustomerView[]> {
  const params: unknown[] = [emailKey(email)];
  let where = 'c.email_key = $1';
  if (websiteMagentoId !== null) {
    params.push(websiteMagentoId);
    where += ' AND c.website_magento_id = $2';
  }
  const { rows } = await db.query(`${CUSTOMER_SELECT} WHERE ${where} ORDER BY c.magento_id`, params);
  return assemble(db, rows);
}

async function assemble(db: Queryable, rows: Record<string, any>[]): Promise<CustomerView[]> {
  const ids = rows.map((r) => r.id);
  const [{ rows: addresses }, { rows: subscriptions }] = await Promise.all([
    db.query('SELECT * FROM customer_address WHERE customer_id = ANY($1::uuid[]) ORDER BY magento_id', [ids]),
    db.query(
      `SELECT n.*, s.code AS store_code, w.code AS website_code FROM newsletter_subscription n
         LEFT JOIN store s ON s.id = n.store_id LEFT JOIN website w ON w.id = s.website_id
        WHERE n.customer_id = ANY($1::uuid[]) ORDER BY n.magento_id`,
      [ids],
    ),
  ]);
  return rows.map((c) => ({
    id: c.id,
    magento_id: Number(c.magento_id),
    email: c.email,
    website: c.website_id ? { id: c.website_id, magento_id: c.website_magento_id, code: c.website_code } : null,
    store: c.store_id ? { id: c.store_id, magento_id: c.store_magento_id, code: c.store_code } : null,
    group: c.group_id
      ? { id: c.group_id, magento_id: c.group_magento_id, code: c.group_code, tax_class: c.tax_class_magento_id === null ? null : { magento_id: c.tax_class_magento_id, name: c.tax_class_name } }
      : null,
    increment_id: c.increment_id,
    prefix: c.prefix,
    firstname: c.firstname,
    middlename: c.middlename,
    lastname: c.lastname,
    suffix: c.suffix,
    dob: c.dob_text,
    gender: c.gender,
    gender_label: c.gender_label,
    taxvat: c.taxvat,
    is_active: c.is_active,
    confirmed: c.confirmed,
    disable_auto_group_change: c.disable_auto_group_change,
    created_in: c.created_in,
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
    custom_attributes: c.attributes,
    addresses: addresses
      .filter((a) => a.customer_id === c.id)
      .map((a) => ({
        id: a.id,
        magento_id: Number(a.magento_id),
        prefix: a.prefix,
        firstname: a.firstname,
        middlename: a.middlename,
        lastname: a.lastname,
        suffix: a.suffix,
        company: a.company,
        street: a.street,
        city: a.city,
        region: a.region,
        region_id: a.region_id,
        region_code: a.region_code,
        postcode: a.postcode,
        country_id: a.country_id,
        telephone: a.telephone,
        fax: a.fax,
        vat_id: a.vat_id,
        is_active: a.is_active,
        default_billing: a.id === c.default_billing_address_id,
        default_shipping: a.id === c.default_shipping_address_id,
        custom_attributes: a.attributes,
      })),
    newsletter: subscriptions
      .filter((n) => n.customer_id === c.id)
      .map((n) => ({
        magento_id: Number(n.magento_id),
        store: n.store_id ? { id: n.store_id, magento_id: n.store_magento_id, code: n.store_code } : null,
        website: n.website_code ?? null,
        status: n.status_label,
        status_code: n.status,
        changed_at: iso(n.changed_at),
      })),
    password: { algorithm: c.password_algorithm ?? null, upgraded_at: iso(c.password_upgraded_at) },
  }));
}
