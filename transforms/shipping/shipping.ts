/**
 * Table rates and the carriers' settings onto the shipping service (pure). Secrets among the settings are
 * never written: a row is one when its leaf names a credential (password, key, secret, token, account...),
 * when Magento keeps it with the Encrypted backend model (the carriers' system.xml: UPS, USPS, FedEx, DHL
 * credentials), or when its value has the Encryptor's "<key version>:<cipher version>:<payload>" shape. It
 * becomes a SECRET_NOT_COPIED reject naming its path (never its value), so the report names and counts it.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { shippingContract as c } from '../../services/shipping/index.ts';
import type { SourceConfigRow, SourceTablerate } from '../../sql/source/shipping/index.ts';

const SECRET_LEAF = /password|passwd|key|secret|token|account|userid|username|meter_number|signature|credential/i;
/** Fields the carriers' system.xml stores with Magento\Config\Model\Config\Backend\Encrypted. */
const ENCRYPTED_FIELDS = new Set([
  'carriers/ups/username', 'carriers/ups/password', 'carriers/ups/access_license_number', 'carriers/ups/shipper_number',
  'carriers/usps/userid', 'carriers/usps/password', 'carriers/fedex/account', 'carriers/fedex/meter_number', 'carriers/fedex/key',
  'carriers/fedex/password', 'carriers/fedex/api_key', 'carriers/fedex/secret_key', 'carriers/dhl/id', 'carriers/dhl/password', 'carriers/dhl/account',
]);
const ENCRYPTED_VALUE = /^\d+:\d+:\S+$/;

/** Why a setting is a secret (null: it is not). */
export function secretReason(path: string, value: string | null): string | null {
  const leaf = path.split('/').pop() ?? '';
  if (ENCRYPTED_FIELDS.has(path)) return 'Magento keeps it encrypted (backend model Encrypted)';
  if (SECRET_LEAF.test(leaf)) return `its name (${leaf}) marks a credential`;
  if (value !== null && ENCRYPTED_VALUE.test(value)) return "its value is Magento's encrypted form";
  return null;
}

export function mapTablerates(rows: readonly SourceTablerate[]): Mapped {
  // Every column is NOT NULL in Magento's DDL and the amounts are decimal(12,4): nothing to reject.
  const out = rows.map((r) => {
    const pk = Number(r.pk);
    return [entityUuid('shipping_tablerate', pk), pk, Number(r.website_id), r.dest_country_id, Number(r.dest_region_id), r.dest_zip, r.condition_name, String(r.condition_value), String(r.price), String(r.cost)];
  });
  return { loadedRows: out.length, tables: { tablerate: { columns: c.tablerate.columns, rows: out } }, rejects: [] };
}

export function mapCarrierConfig(rows: readonly SourceConfigRow[]): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const r of rows) {
    const id = Number(r.config_id);
    const why = secretReason(r.path, r.value);
    if (why) {
      rejects.push({ sourceKey: `config_id=${id},path=${r.path},scope=${r.scope}/${r.scope_id}`, reason: 'SECRET_NOT_COPIED', detail: `not copied: ${why}` });
      stats[`secrets_not_copied.${r.path}`] = (stats[`secrets_not_copied.${r.path}`] ?? 0) + 1;
      continue;
    }
    if (r.scope !== 'default' && r.scope !== 'websites' && r.scope !== 'stores') {
      rejects.push({ sourceKey: `config_id=${id},path=${r.path}`, reason: 'UNKNOWN_SCOPE', detail: `scope '${r.scope}'` });
      continue;
    }
    const parts = r.path.split('/');
    const carrier = parts[0] === 'carriers' && parts.length >= 3 ? parts[1] : null;
    out.push([id, r.scope, Number(r.scope_id), r.path, carrier, carrier ? parts.slice(2).join('/') : null, r.value]);
  }
  return { loadedRows: out.length, tables: { carrier_config: { columns: c.carrier_config.columns, rows: out } }, rejects, stats };
}
