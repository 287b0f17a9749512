/**
 * The address settings and how a store view reads them (Magento's config scopes: a store view's own value,
 * else its website's, else the default, else the module's config.xml). Paths (Magento\Directory\Helper\Data):
 *   general/country/allow                   the countries a store view offers (Magento\Directory\Model\AllowedCountries)
 *   general/region/state_required           countries whose addresses need a region
 *   general/region/display_all              whether regions of other countries are shown (not a validation rule)
 *   general/country/optional_zip_countries  countries whose addresses may omit the postcode
 *   general/country/default                 the pre-selected country
 */

export const LOCATION_SETTING_PATHS = ['general/country/allow', 'general/region/state_required', 'general/region/display_all', 'general/country/optional_zip_countries', 'general/country/default'];

/**
 * Magento_Directory etc/config.xml. state_required and display_all have no config.xml value: Magento's
 * install writes them (Magento\Directory\Setup\Patch\Data\InitializeDirectoryData), so absent means none / off.
 */
export const CONFIG_XML_DEFAULTS: Record<string, string> = {
  'general/country/allow':
    'AF,AL,DZ,AS,AD,AO,AI,AQ,AG,AR,AM,AW,AU,AT,AX,AZ,BS,BH,BD,BB,BY,BE,BZ,BJ,BM,BL,BT,BO,BA,BW,BV,BR,IO,VG,BN,BG,BF,BI,KH,CM,CA,CD,CV,KY,CF,TD,CL,CN,CX,CC,CO,KM,CG,CK,CR,HR,CU,CY,CZ,DK,DJ,DM,DO,EC,EG,SV,GQ,ER,EE,ET,FK,FO,FJ,FI,FR,GF,PF,TF,GA,GM,GE,DE,GG,GH,GI,GR,GL,GD,GP,GU,GT,GN,GW,GY,HT,HM,HN,HK,HU,IS,IM,IN,ID,IR,IQ,IE,IL,IT,CI,JE,JM,JP,JO,KZ,KE,KI,KW,KG,LA,LV,LB,LS,LR,LY,LI,LT,LU,ME,MF,MO,MK,MG,MW,MY,MV,ML,MT,MH,MQ,MR,MU,YT,FX,MX,FM,MD,MC,MN,MS,MA,MZ,MM,NA,NR,NP,NL,AN,NC,NZ,NI,NE,NG,NU,NF,KP,MP,NO,OM,PK,PW,PA,PG,PY,PE,PH,PN,PL,PS,PT,PR,QA,RE,RO,RS,RU,RW,SH,KN,LC,PM,VC,WS,SM,ST,SA,SN,SC,SL,SG,SK,SI,SB,SO,ZA,GS,KR,ES,LK,SD,SR,SJ,SZ,SE,CH,SY,TL,TW,TJ,TZ,TH,TG,TK,TO,TT,TN,TR,TM,TC,TV,VI,UG,UA,AE,GB,US,UM,UY,UZ,VU,VA,VE,VN,WF,EH,YE,ZM,ZW',
  'general/region/state_required': '',
  'general/region/display_all': '0',
  'general/country/optional_zip_countries': 'HK,IE,MO,PA,GB',
  'general/country/default': 'US',
};

export interface SettingRow { path: string; scope: string; scope_id: number; value: string | null }

/** Where a value is read: a store view (and its website), a website, or the default scope. */
export type Scope = { kind: 'default' } | { kind: 'website'; websiteId: number } | { kind: 'store'; storeId: number; websiteId: number };

export interface ScopedSettings {
  value(path: string): string;
  list(path: string): string[];
  /** Which scope gave the value: 'stores', 'websites', 'default' or 'config.xml'. */
  source(path: string): string;
}

/** Magento\Framework\App\Config: the nearest scope that sets the path wins (a NULL value there counts as set). */
export function scopedSettings(rows: readonly SettingRow[], scope: Scope): ScopedSettings {
  const at = (path: string, s: string, id: number): SettingRow | undefined => rows.find((r) => r.path === path && r.scope === s && r.scope_id === id);
  const find = (path: string): [string, string] => {
    if (scope.kind === 'store') {
      const r = at(path, 'stores', scope.storeId);
      if (r) return [r.value ?? '', 'stores'];
    }
    if (scope.kind !== 'default') {
      const r = at(path, 'websites', scope.websiteId);
      if (r) return [r.value ?? '', 'websites'];
    }
    const r = at(path, 'default', 0);
    return r ? [r.value ?? '', 'default'] : [CONFIG_XML_DEFAULTS[path] ?? '', 'config.xml'];
  };
  return {
    value: (p) => find(p)[0],
    // preg_split('/\,/', $value, 0, PREG_SPLIT_NO_EMPTY) after trim (getCountriesWithStatesRequired).
    list: (p) => find(p)[0].trim().split(',').filter((s) => s !== ''),
    source: (p) => find(p)[1],
  };
}
