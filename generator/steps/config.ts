/**
 * core_config_data as a configured store has it: the settings a migration must read rather than assume
 * (price scope, currencies, locales, account sharing), and the currency rates. One list of rows, so every
 * context adds the settings it reads here.
 *
 * The store: catalog price scope per website (Magento then keeps price attributes at website scope); base
 * currency USD everywhere (orders of other websites are placed in EUR at base_to_order_rate 0.92); store views
 * in their language's locale; customer accounts shared per website (Magento's default, written explicitly).
 */
import { insertRows, type SeedContext } from '../session.ts';

/** [scope, scope_id, path, value] */
export type ConfigRow = [scope: 'default' | 'websites' | 'stores', scopeId: number, path: string, value: string];

const LOCALES: Record<string, string> = { en: 'en_US', fr: 'fr_FR', de: 'de_DE', es: 'es_ES', it: 'it_IT', nl: 'nl_NL' };

export function configRows(ctx: Pick<SeedContext, 'stores'>, storeLanguage: (storeId: number) => string): ConfigRow[] {
  const rows: ConfigRow[] = [
    ['default', 0, 'general/locale/code', 'en_US'],
    ['default', 0, 'general/country/default', 'US'],
    ['default', 0, 'currency/options/base', 'USD'],
    ['default', 0, 'currency/options/default', 'USD'],
    ['default', 0, 'currency/options/allow', 'USD,EUR'],
    // Magento\Catalog\Helper\Data::PRICE_SCOPE_WEBSITE
    ['default', 0, 'catalog/price/scope', '1'],
    // Magento\Customer\Model\Config\Share::SHARE_WEBSITE
    ['default', 0, 'customer/account_share/scope', '1'],
    // Stock options (Magento\CatalogInventory): items with use_config_* = 1 take these; the others keep
    // Magento's config.xml defaults (backorders 0, manage_stock 1, min_sale_qty 1, qty_increments 1).
    ['default', 0, 'cataloginventory/item_options/min_qty', '2'],
    ['default', 0, 'cataloginventory/item_options/max_sale_qty', '500'],
    ['default', 0, 'cataloginventory/item_options/notify_stock_qty', '3'],
    ['default', 0, 'cataloginventory/options/show_out_of_stock', '0'],
    // Staff lockout (Magento\User\Model\Backend\Config\ObserverConfig): 3 failures lock for 30 minutes.
    ['default', 0, 'admin/security/lockout_failures', '3'],
    // Addresses (Magento\Directory\Helper\Data): allowed countries (website 2 overrides), regions required, optional postcodes.
    ['default', 0, 'general/country/allow', 'US,CA,GB,FR,DE,ES,IT,NL,BE,CH,AT,IE,HK'],
    ['default', 0, 'general/region/state_required', 'AU,BG,BR,CA,CH,CN,CO,EE,ES,HR,IN,IT,LT,LV,MX,PL,RO,US,UY'],
    ['default', 0, 'general/region/display_all', '1'],
    ['default', 0, 'general/country/optional_zip_countries', 'HK,IE,MO,PA'],
  ];
  ctx.stores.forEach((storeIds, i) => {
    const website = i + 1;
    if (website > 1) rows.push(['websites', website, 'currency/options/default', 'EUR']);
    // Websites 2+ keep their calendar (special prices and catalog rules) in Berlin time.
    if (website > 1) rows.push(['websites', website, 'general/locale/timezone', 'Europe/Berlin']);
    if (website === 2) rows.push(['websites', website, 'general/country/allow', 'FR,DE,BE,CH,AT,NL,LU']);
    for (const s of storeIds) {
      const locale = LOCALES[storeLanguage(s)] ?? 'en_US';
      if (locale !== 'en_US') rows.push(['stores', s, 'general/locale/code', locale]);
    }
  });
  return rows;
}

export async function createConfig(ctx: SeedContext, storeLanguage: (storeId: number) => string): Promise<void> {
  // A fixed updated_at: the column defaults to now, and a seed must give the same tables every time.
  const rows = configRows(ctx, storeLanguage).map((r) => [...r, '2024-01-01 00:00:00']);
  await insertRows(ctx, 'core_config_data', ['scope', 'scope_id', 'path', 'value', 'updated_at'], rows);
  await insertRows(ctx, 'directory_currency_rate', ['currency_from', 'currency_to', 'rate'], [
    ['USD', 'USD', '1.000000000000'], ['USD', 'EUR', '0.920000000000'], ['EUR', 'EUR', '1.000000000000'], ['EUR', 'USD', '1.086956521739'],
  ]);
}
