/**
 * The content service's HTTP routes (zod schemas validate input and make GET /content/openapi.json):
 *
 *   GET /content/pages/<identifier>?store=<code>          the CMS page that store view shows
 *   GET /content/blocks/<identifier>?store=<code>         the CMS block that store view shows
 *   GET /content/redirects/resolve?store=<code>&path=<p>  where an old request path leads now
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, type Queryable } from '../kit/index.ts';
import { findBlock, findPage, resolveRedirect } from './repository.ts';

const storeCode = z
  .string({ error: (iss) => (iss.input === undefined ? "query parameter 'store' (a store view code) is required" : "query parameter 'store' must be given once") })
  .max(32, "'store' is at most 32 characters")
  .regex(/^[a-z][a-z0-9_]*$/i, "'store' must be a store view code: a letter, then letters, digits or _");
const storeQuery = z.object({ store: storeCode }).strict();
// cms_page.identifier is varchar(100), cms_block.identifier varchar(255); identifiers may hold slashes.
const identifierParams = z.object({ '*': z.string().min(1, 'the identifier is empty').max(255, 'an identifier is at most 255 characters') });
const resolveQuery = z.object({
  store: storeCode,
  // url_rewrite.request_path is varchar(255); a leading slash is allowed (Magento ltrims it).
  path: z.string({ error: "query parameter 'path' (a request path) is required" }).min(1, "'path' is empty").max(1024, "'path' is at most 1024 characters"),
}).strict();

const errors = { 400: z.any().describe('Error'), 404: z.any().describe('Error') };

export function registerContentRoutes(fastify: FastifyInstance, db: Queryable): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/content/pages/*', { schema: { summary: 'The CMS page a store view shows for an identifier', params: identifierParams, querystring: storeQuery, response: errors } }, async (req) => {
    const identifier = req.params['*'];
    const page = await findPage(db, identifier, req.query.store);
    if (page === 'unknown-store') throw new HttpError(404, 'UNKNOWN_STORE', `no store view with code '${req.query.store}'`);
    if (!page) throw new HttpError(404, 'UNKNOWN_PAGE', `no active CMS page '${identifier}' on store view '${req.query.store}'`);
    return page;
  });
  app.get('/content/blocks/*', { schema: { summary: 'The CMS block a store view shows for an identifier', params: identifierParams, querystring: storeQuery, response: errors } }, async (req) => {
    const identifier = req.params['*'];
    const block = await findBlock(db, identifier, req.query.store);
    if (block === 'unknown-store') throw new HttpError(404, 'UNKNOWN_STORE', `no store view with code '${req.query.store}'`);
    if (!block) throw new HttpError(404, 'UNKNOWN_BLOCK', `no active CMS block '${identifier}' on store view '${req.query.store}'`);
    return block;
  });
  app.get('/content/redirects/resolve', { schema: { summary: 'Where a request path of a store view leads now (redirect_type 0: its canonical path, 301/302: a redirect)', querystring: resolveQuery, response: errors } }, async (req) => {
    const answer = await resolveRedirect(db, req.query.store, req.query.path);
    if (answer === 'unknown-store') throw new HttpError(404, 'UNKNOWN_STORE', `no store view with code '${req.query.store}'`);
    if (!answer) throw new HttpError(404, 'NO_REDIRECT', `'${req.query.path}' leads nowhere on store view '${req.query.store}'`);
    return answer;
  });
}
