/**
 * The shipping service's HTTP routes (zod schemas validate input and make GET /shipping/openapi.json). Public:
 * a storefront asks for rates before anyone signs in, and nothing here is private (secrets never arrive).
 *
 *   POST /shipping/rates      { website, country_id, region_id?, postcode?, weight, subtotal, item_count }
 *                             -> the methods Magento's table-rate, flat-rate and free-shipping carriers offer
 *   GET  /shipping/carriers?website=   the carriers' settings as the website sees them (default -> website)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, type Queryable } from '../kit/index.ts';
import { Carrier, conditionValue, flatrateResult, freeshippingResult, tablerateResult, type RateError, type RateMethod, type RateRequest } from './carriers.ts';
import { carrierCodes, findWebsite, lookupTablerate, websiteSettings, type WebsiteRef } from './repository.ts';

const websiteCode = z.string({ error: "'website' (a website code) is required" }).max(32).regex(/^[a-z][a-z0-9_]*$/i, "'website' must be a website code");
// Quantities and amounts as exact decimal text (or JSON numbers, taken as their decimal text).
const decimal = (name: string) =>
  z.union([z.string(), z.number()]).transform((v) => String(v)).refine((v) => /^\d{1,12}(\.\d{1,4})?$/.test(v), `'${name}' must be a non-negative decimal with at most 4 places`);
const rateBody = z.object({
  website: websiteCode,
  country_id: z.string().regex(/^[A-Za-z]{2}$/, "'country_id' must be an ISO 3166-1 alpha-2 code"),
  region_id: z.number().int().min(0).default(0).describe("Magento's directory_country_region id (0: none)"),
  postcode: z.string().max(20).nullable().default(null),
  weight: decimal('weight'),
  subtotal: decimal('subtotal').describe('the package value after discounts, in the base currency'),
  item_count: z.number().int().min(0).max(1_000_000),
}).strict();

const method = z.object({ carrier: z.string(), carrier_title: z.string().nullable(), method: z.string(), method_title: z.string().nullable(), price: z.string(), cost: z.string() });
const rateReply = z.object({
  website: z.string(),
  currency: z.string(),
  rates: z.array(method),
  errors: z.array(z.object({ carrier: z.string(), carrier_title: z.string().nullable(), message: z.string() })),
  tablerate: z.object({ condition_name: z.string(), condition_value: z.string(), magento_id: z.number().nullable() }).nullable(),
});
const errors = { 400: z.any().describe('Error'), 404: z.any().describe('Error') };

async function websiteOf(db: Queryable, code: string): Promise<WebsiteRef> {
  const w = await findWebsite(db, code);
  if (!w) throw new HttpError(404, 'UNKNOWN_WEBSITE', `no website with code '${code}'`);
  return w;
}

export function registerShippingRoutes(fastify: FastifyInstance, db: Queryable): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post('/shipping/rates', { schema: { summary: "The rates Magento's offline carriers give for a destination and package", body: rateBody, response: { 200: rateReply, ...errors } } }, async (req) => {
    const b = req.body;
    const website = await websiteOf(db, b.website);
    const settings = await websiteSettings(db, website.id);
    const request: RateRequest = { country_id: b.country_id.toUpperCase(), region_id: b.region_id, postcode: b.postcode, weight: b.weight, subtotal: b.subtotal, item_count: b.item_count };
    const rates: RateMethod[] = [];
    const errs: RateError[] = [];
    let table: z.infer<typeof rateReply>['tablerate'] = null;
    // Magento\Shipping\Model\Shipping::collectCarrierRates: the country check first, then the carrier's own rules.
    for (const code of ['flatrate', 'tablerate', 'freeshipping']) {
      const c = new Carrier(code, settings);
      if (!c.flag('active')) continue;
      const refused = c.refusesCountry(request.country_id);
      if (refused !== null) {
        if (refused) errs.push(refused);
        continue;
      }
      let out: RateMethod | RateError | null;
      if (code === 'tablerate') {
        const conditionName = c.data('condition_name') || 'package_weight';
        const value = conditionValue(conditionName, request).toFixed(4);
        const row = await lookupTablerate(db, { websiteId: website.id, country: request.country_id, regionId: request.region_id, postcode: request.postcode, conditionName, conditionValue: value });
        table = { condition_name: conditionName, condition_value: value, magento_id: row?.pk ?? null };
        out = tablerateResult(c, request, row);
      } else {
        out = code === 'flatrate' ? flatrateResult(c, request) : freeshippingResult(c, request);
      }
      if (out && 'price' in out) rates.push(out);
      else if (out) errs.push(out);
    }
    return { website: website.code, currency: settings.get('currency/options/base') ?? 'USD', rates, errors: errs, tablerate: table };
  });

  app.get('/shipping/carriers', { schema: { summary: "The carriers' settings a website sees (secrets were never copied)", querystring: z.object({ website: websiteCode }).strict(), response: errors } }, async (req) => {
    const website = await websiteOf(db, req.query.website);
    const settings = await websiteSettings(db, website.id);
    const carriers: Record<string, Record<string, string | null>> = {};
    for (const code of await carrierCodes(db)) {
      const fields: Record<string, string | null> = {};
      for (const [path, value] of settings) if (path.startsWith(`carriers/${code}/`)) fields[path.slice(`carriers/${code}/`.length)] = value;
      carriers[code] = fields;
    }
    return { website: website.code, currency: settings.get('currency/options/base') ?? 'USD', carriers };
  });
}
