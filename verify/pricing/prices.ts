/**
 * What each website charges for a product, resolved here from the raw value rows, apart from the migration:
 * with price scope website (`catalog/price/scope` = 1) a price attribute reads the row of the website's default
 * store view, else store 0; with global scope, store 0. The currency is the website's base currency
 * (`currency/options/base` of the website, else the default) with website scope, the default's with global
 * scope (Magento\Catalog\Model\Indexer\Product\Price\... reads prices so; Magento\Store\Model\Website::getBaseCurrencyCode).
 * A product has one price row per website it is in.
 */
import { readRows } from '../../extractors/query.ts';
import * as q from '../../sql/verify/pricing/index.ts';
import { sourceVars, type Row } from '../table.ts';
import type { VerifyContext } from '../types.ts';
import { canonicalDecimal } from '../values.ts';

interface Website { id: number; code: string; defaultStore: number; currency: string }

async function websites(ctx: VerifyContext): Promise<Website[]> {
  const rows = await readRows<Row>(ctx.source, q.websites);
  return rows.map((r) => {
    const websiteScope = String(r.price_scope) === '1';
    return { id: Number(r.website_id), code: String(r.code), defaultStore: websiteScope ? Number(r.default_store_id) : 0, currency: String(websiteScope ? r.base_currency : r.global_currency) };
  });
}

/** One row per product and website: id, sub (website code), currency and the price fields (all products: ids null). */
export async function resolvedPrices(ctx: VerifyContext, ids: number[] | null, rejected: ReadonlySet<string>): Promise<Row[]> {
  const vars = await sourceVars(ctx);
  const params = { all: ids === null ? 1 : 0, ids: ids && ids.length ? ids : [-1] };
  const values = await readRows<Row>(ctx.source, q.priceValues, params, vars);
  const inWebsites = await readRows<Row>(ctx.source, q.productWebsiteIds, params, vars);
  const sites = new Map((await websites(ctx)).map((w) => [w.id, w]));
  // product -> attribute code -> store -> value
  const byProduct = new Map<number, Map<string, Map<number, unknown>>>();
  for (const v of values) {
    const id = Number(v.id);
    let attrs = byProduct.get(id);
    if (!attrs) byProduct.set(id, (attrs = new Map()));
    let stores = attrs.get(String(v.code));
    if (!stores) attrs.set(String(v.code), (stores = new Map()));
    stores.set(Number(v.store_id), v.value);
  }
  const out: Row[] = [];
  for (const pw of inWebsites) {
    const id = Number(pw.id);
    const site = sites.get(Number(pw.website_id));
    if (!site || rejected.has(String(id))) continue;
    const attrs = byProduct.get(id);
    const read = (code: string): unknown => {
      const stores = attrs?.get(code);
      if (!stores) return null;
      const own = stores.get(site.defaultStore);
      return own !== undefined && own !== null ? own : stores.get(0) ?? null;
    };
    const date = (code: string): string | null => {
      const v = read(code);
      return v === null || v === undefined ? null : String(v).slice(0, 10);
    };
    out.push({
      id, sub: `website=${site.code}`, currency: site.currency, price: read('price'), special_price: read('special_price'),
      special_from_date: date('special_from_date'), special_to_date: date('special_to_date'), cost: read('cost'), msrp: read('msrp'),
    });
  }
  return out;
}

/** Per website and currency: how many price rows, the sums of price, special price and cost (exact decimals). */
export async function priceSums(ctx: VerifyContext, _ids: number[] | null, rejected: ReadonlySet<string>): Promise<Row[]> {
  const groups = new Map<string, { prices: number; price: bigint; special_price: bigint; cost: bigint }>();
  const SCALE = 6;
  const fixed = (v: unknown): bigint => {
    if (v === null || v === undefined) return 0n;
    const [i, f = ''] = String(v).split('.');
    const neg = i.startsWith('-');
    const n = BigInt(i.replace('-', '') + (f + '0'.repeat(SCALE)).slice(0, SCALE));
    return neg ? -n : n;
  };
  for (const r of await resolvedPrices(ctx, null, rejected)) {
    const grp = `${String(r.sub).replace(/^website=/, '')} ${String(r.currency)}`;
    const g = groups.get(grp) ?? { prices: 0, price: 0n, special_price: 0n, cost: 0n };
    g.prices++;
    g.price += fixed(r.price);
    g.special_price += fixed(r.special_price);
    g.cost += fixed(r.cost);
    groups.set(grp, g);
  }
  const show = (n: bigint): string => {
    const s = (n < 0n ? -n : n).toString().padStart(SCALE + 1, '0');
    return canonicalDecimal(`${n < 0n ? '-' : ''}${s.slice(0, -SCALE)}.${s.slice(-SCALE)}`);
  };
  return [...groups].map(([grp, g]) => ({ grp, prices: g.prices, price: show(g.price), special_price: show(g.special_price), cost: show(g.cost) }));
}
