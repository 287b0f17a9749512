/**
 * The location service's HTTP routes (public reads; zod schemas make GET /location/openapi.json):
 *
 *   GET  /location/countries[?store=|website=]              every country, with whether the scope allows it,
 *                                                             needs a region, may omit the postcode; its formats
 *   GET  /location/countries/<code>/regions[?locale=]         its regions, named in the locale (default name else)
 *   GET  /location/currency-rates                             directory_currency_rate
 *   POST /location/addresses/validate { country_id, region_id?, region?, postcode?, store?|website? }
 *        200 { valid, errors[], warnings[] }: Magento's address rules (validate.ts)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, type Queryable } from '../kit/index.ts';
import { directoryFor, findStore, findWebsite, listCountries, listRates, listRegions, countryExists, settingsAt } from './repository.ts';
import type { Scope } from './settings.ts';
import { validateAddress } from './validate.ts';

const code = z.string().max(32).regex(/^[a-z][a-z0-9_]*$/i, 'a store or website code: a letter, then letters, digits or _');
const scopeQuery = z.object({ store: code.optional(), website: code.optional() }).strict();
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'a country is its ISO 3166-1 alpha-2 code (two capitals)');
const errors = { 400: z.any().describe('Error'), 404: z.any().describe('Error') };
const finding = z.object({ field: z.string(), code: z.string(), message: z.string() });

async function scopeOf(db: Queryable, q: { store?: string; website?: string }): Promise<Scope> {
  if (q.store !== undefined && q.website !== undefined) throw new HttpError(400, 'BAD_SCOPE', "give 'store' or 'website', not both");
  if (q.store !== undefined) {
    const s = await findStore(db, q.store);
    if (!s) throw new HttpError(404, 'UNKNOWN_STORE', `no store view with code '${q.store}'`);
    return { kind: 'store', storeId: s.magento_id, websiteId: s.website_magento_id };
  }
  if (q.website !== undefined) {
    const w = await findWebsite(db, q.website);
    if (w === null) throw new HttpError(404, 'UNKNOWN_WEBSITE', `no website with code '${q.website}'`);
    return { kind: 'website', websiteId: w };
  }
  return { kind: 'default' };
}

export function registerLocationRoutes(fastify: FastifyInstance, db: Queryable): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/location/countries', { schema: { summary: "Every country, with what the scope's settings say of it", querystring: scopeQuery, response: errors } }, async (req) => {
    const scope = await scopeOf(db, req.query);
    const settings = await settingsAt(db, scope);
    return { scope: req.query.store ?? req.query.website ?? 'default', default_country: settings.value('general/country/default'), countries: await listCountries(db, settings) };
  });

  app.get('/location/countries/:code/regions', { schema: { summary: "A country's regions, named in a locale (e.g. fr_FR)", params: z.object({ code: countryCode }), querystring: z.object({ locale: z.string().regex(/^[a-z]{2,3}_[A-Z][A-Za-z]{1,3}$/, "a locale such as 'en_US'").default('en_US') }).strict(), response: errors } }, async (req) => {
    if (!(await countryExists(db, req.params.code))) throw new HttpError(404, 'UNKNOWN_COUNTRY', `no country ${req.params.code}`);
    return { country: req.params.code, locale: req.query.locale, regions: await listRegions(db, req.params.code, req.query.locale) };
  });

  app.get('/location/currency-rates', { schema: { summary: 'Currency rates (directory_currency_rate), exact decimals as strings' } }, async () => ({ rates: await listRates(db) }));

  const body = z.object({
    country_id: z.string().max(4).nullable().optional(),
    region_id: z.union([z.number().int().nonnegative(), z.string().regex(/^\d*$/)]).nullable().optional(),
    region: z.string().max(255).nullable().optional(),
    postcode: z.string().max(64).nullable().optional(),
    store: code.optional(),
    website: code.optional(),
  }).strict();
  app.post('/location/addresses/validate', { schema: { summary: 'Checks an address against the country, region and postcode rules Magento applies', body, response: { 200: z.object({ valid: z.boolean(), errors: z.array(finding), warnings: z.array(finding) }), ...errors } } }, async (req) => {
    const scope = await scopeOf(db, req.body);
    const country = req.body.country_id ?? '';
    const regionId = req.body.region_id === undefined || req.body.region_id === null || req.body.region_id === '' ? null : Number(req.body.region_id);
    return validateAddress({ country_id: country, region_id: regionId, region: req.body.region, postcode: req.body.postcode }, await settingsAt(db, scope), await directoryFor(db, country));
  });
}
