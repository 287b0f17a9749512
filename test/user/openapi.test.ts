/**
 * The user, location, notification and checkout services publish OpenAPI documents made from the zod schemas their
 * routes validate with, and refuse bad input with the JSON error shape before touching their database.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { checkoutService } from '../../services/checkout/index.ts';
import { installErrorHandlers, mountService, type Queryable, type ServiceModule } from '../../services/kit/index.ts';
import { locationService } from '../../services/location/index.ts';
import { notificationService } from '../../services/notification/index.ts';
import { userService } from '../../services/user/index.ts';
import { testAuth } from '../support/tokens.ts';

const unreachable: Queryable = { query: (() => Promise.reject(new Error('no database in this test'))) as unknown as Queryable['query'] };

async function app(service: ServiceModule) {
  const a = Fastify();
  installErrorHandlers(a);
  await a.register(async (scope) => mountService(scope, service, unreachable, testAuth()));
  await a.ready();
  return a;
}

describe.each([
  ['user', userService, ['/users/login', '/users/{id}', '/users', '/roles'], { method: 'POST' as const, url: '/users/login', payload: { username: 'admin' } }],
  ['location', locationService, ['/location/countries', '/location/countries/{code}/regions', '/location/addresses/validate'], { method: 'GET' as const, url: '/location/countries/usa/regions' }],
  ['checkout', checkoutService, ['/checkout/carts', '/checkout/carts/{id}'], { method: 'GET' as const, url: '/checkout/carts/not-an-id' }],
  ['notification', notificationService, ['/notification/subscribers', '/notification/templates', '/notification/templates/{id}'], { method: 'GET' as const, url: '/notification/templates?kind=sms' }],
] as const)('the %s service', (_name, service, paths, bad) => {
  it('publishes its routes in GET /<service>/openapi.json, private ones with the bearer scheme', async () => {
    const a = await app(service);
    const doc = (await a.inject(`/${service.name}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const p of paths) expect(Object.keys(doc.paths), p).toContain(p);
    if (service.name === 'user') expect(doc.paths['/roles'].get.security).toEqual([{ bearerAuth: [] }]);
    await a.close();
  });

  it('answers bad input with a 400 and the error shape', async () => {
    const a = await app(service);
    const res = await a.inject(bad);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'BAD_REQUEST' });
    await a.close();
  });
});
