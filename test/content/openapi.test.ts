/**
 * The flat-table services publish OpenAPI documents made from the zod schemas their routes validate with, and
 * refuse bad input with the JSON error shape before touching their database.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { contentService } from '../../services/content/index.ts';
import { installErrorHandlers, mountService, type Queryable } from '../../services/kit/index.ts';
import { promotionService } from '../../services/promotion/index.ts';
import { reviewService } from '../../services/review/index.ts';

/** A database that must not be reached: every bad request below is refused by validation first. */
const unreachable: Queryable = { query: (() => Promise.reject(new Error('no database in this test'))) as unknown as Queryable['query'] };

async function app(service: typeof contentService) {
  const a = Fastify();
  installErrorHandlers(a);
  await a.register(async (scope) => mountService(scope, service, unreachable));
  await a.ready();
  return a;
}

describe.each([
  ['content', contentService, ['/content/pages/{*}', '/content/blocks/{*}', '/content/redirects/resolve'], '/content/redirects/resolve?store=default'],
  ['review', reviewService, ['/reviews', '/reviews/summary/{sku}'], '/reviews?store=default&status=maybe&sku=x'],
  ['promotion', promotionService, ['/promotion/evaluate', '/promotion/coupons/{code}', '/promotion/coupons/{code}/redeem'], '/promotion/coupons/H20?customer_id=abc'],
] as const)('the %s service', (_name, service, paths, badUrl) => {
  it('publishes its routes in GET /<service>/openapi.json', async () => {
    const a = await app(service);
    const doc = (await a.inject(`/${service.name}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const p of paths) expect(Object.keys(doc.paths).some((k) => k.replace(/\{\*\}|\*/, '{*}') === p), `${p} in ${Object.keys(doc.paths).join(', ')}`).toBe(true);
    await a.close();
  });

  it('answers bad input with a 400 and the error shape', async () => {
    const a = await app(service);
    const res = await a.inject(badUrl);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'BAD_REQUEST' });
    await a.close();
  });
});
