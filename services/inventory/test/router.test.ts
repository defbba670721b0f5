// First: the router module loads its settings at import, as in Lambda.
import './helpers/environment.js';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createStockLevels } from '../src/domain/stock-levels.js';
import { createInventoryRouter } from '../src/router.js';
import { createInMemoryInventory } from './helpers/in-memory-inventory.js';
import { httpRequest, jsonRequest, lambdaContext } from '@commerce/testing';

const routerOn = (stock = createInMemoryInventory().stock) => createInventoryRouter(createStockLevels(stock));

const call = async (router: ReturnType<typeof routerOn>, request: APIGatewayProxyEventV2) => {
  const response = (await router(request, lambdaContext)) as APIGatewayProxyStructuredResultV2;
  return { ...response, json: JSON.parse(response.body ?? 'null') as Record<string, unknown> };
};

// API Gateway names the matched route in routeKey and resolves path parameters; a `$default`
// route or a local emulator leaves both to the router.
const shapes = {
  'as API Gateway routes it': (method: string, sku: string, init: Parameters<typeof httpRequest>[2] = {}) =>
    httpRequest(method, `/inventory/${sku}`, {
      ...init,
      routeKey: `${method} /inventory/{sku}`,
      pathParameters: { sku },
    }),
  'on a $default route': (method: string, sku: string, init: Parameters<typeof httpRequest>[2] = {}) =>
    httpRequest(method, `/inventory/${encodeURIComponent(sku)}`, init),
};

describe.each(Object.entries(shapes))('the inventory HTTP API, %s', (_shape, request) => {
  const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  it('sets a SKU’s stock and price, then reads them back', async () => {
    const router = routerOn();

    const put = await call(router, request('PUT', 'MUG-11OZ', json({ available: 50, price: 1250 })));
    const get = await call(router, request('GET', 'MUG-11OZ'));

    expect(put).toMatchObject({ statusCode: 200, json: { sku: 'MUG-11OZ', available: 50, reserved: 0, price: 1250 } });
    expect(get).toMatchObject({ statusCode: 200, json: { sku: 'MUG-11OZ', available: 50, reserved: 0, price: 1250 } });
    expect(get.headers).toMatchObject({ 'content-type': 'application/json', 'x-correlation-id': expect.any(String) });
  });

  it('answers 404 problem+json for a SKU it does not list', async () => {
    const response = await call(routerOn(), request('GET', 'POSTER-A2-2019'));
    expect(response.statusCode).toBe(404);
    expect(response.headers).toMatchObject({ 'content-type': 'application/problem+json' });
    expect(response.json).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: 'SKU POSTER-A2-2019 is not listed' });
  });

  it('answers 422 for a malformed SKU', async () => {
    const response = await call(routerOn(), request('GET', 'mug-11oz'));
    expect(response).toMatchObject({
      statusCode: 422,
      json: { code: 'VALIDATION_FAILED', errors: [{ path: '/sku' }] },
    });
  });
});

describe('the inventory HTTP API refuses bad input with a 4xx problem, never a 5xx', () => {
  const put = (body: string, contentType = 'application/json') =>
    httpRequest('PUT', '/inventory/MUG-11OZ', { body, headers: { 'content-type': contentType } });

  it.each([
    ['JSON that does not parse', put('{"available": 5,'), 400, 'MALFORMED_JSON'],
    ['no body', httpRequest('PUT', '/inventory/MUG-11OZ'), 422, 'VALIDATION_FAILED'],
    ['a body that is not JSON', put('available=5', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a negative count',
      jsonRequest('PUT', '/inventory/MUG-11OZ', { available: -1, price: 1250 }),
      422,
      'VALIDATION_FAILED',
    ],
    [
      'a negative price',
      jsonRequest('PUT', '/inventory/MUG-11OZ', { available: 1, price: -5 }),
      422,
      'VALIDATION_FAILED',
    ],
    [
      'a fractional price',
      jsonRequest('PUT', '/inventory/MUG-11OZ', { available: 1, price: 12.5 }),
      422,
      'VALIDATION_FAILED',
    ],
    [
      'a count as a string',
      jsonRequest('PUT', '/inventory/MUG-11OZ', { available: '5', price: 1 }),
      422,
      'VALIDATION_FAILED',
    ],
    ['a missing price', jsonRequest('PUT', '/inventory/MUG-11OZ', { available: 5 }), 422, 'VALIDATION_FAILED'],
    [
      'an attempt to set reserved',
      jsonRequest('PUT', '/inventory/MUG-11OZ', { available: 5, price: 1, reserved: 0 }),
      422,
      'VALIDATION_FAILED',
    ],
    [
      'a price above any the catalog carries',
      jsonRequest('PUT', '/inventory/MUG-11OZ', { available: 5, price: 1e11 }),
      422,
      'VALIDATION_FAILED',
    ],
    ['an array', jsonRequest('PUT', '/inventory/MUG-11OZ', [5, 1250]), 422, 'VALIDATION_FAILED'],
    ['null', jsonRequest('PUT', '/inventory/MUG-11OZ', null), 422, 'VALIDATION_FAILED'],
    [
      'a body over 64 KiB',
      put(JSON.stringify({ available: 1, price: 1, pad: 'x'.repeat(70_000) })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a malformed SKU in a valid request',
      jsonRequest('PUT', '/inventory/MUG%2011OZ', { available: 5, price: 1 }),
      422,
      'VALIDATION_FAILED',
    ],
    ['an overlong SKU', httpRequest('GET', `/inventory/${'A'.repeat(200)}`), 422, 'VALIDATION_FAILED'],
    ['a method the route does not serve', httpRequest('DELETE', '/inventory/MUG-11OZ'), 405, 'METHOD_NOT_ALLOWED'],
    ['a path it does not serve', httpRequest('GET', '/inventory'), 404, 'NOT_FOUND'],
  ])('%s', async (_case, request, status, code) => {
    const stock = createInMemoryInventory().stock;
    const response = await call(routerOn(stock), request);

    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject({ 'content-type': 'application/problem+json' });
    expect(response.json).toMatchObject({ status, code });
    expect(await stock.getStock('MUG-11OZ')).toBeUndefined();
  });

  it('answers a failing table with a plain 500 that leaks nothing', async () => {
    const failing = createInMemoryInventory().stock;
    const router = routerOn({
      ...failing,
      getStock: async () => Promise.reject(new Error('table arn:aws:dynamodb:secret')),
    });

    const response = await call(router, httpRequest('GET', '/inventory/MUG-11OZ'));

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('arn:aws');
    expect(response.json).toMatchObject({ code: 'INTERNAL', correlationId: expect.any(String) });
  });
});
