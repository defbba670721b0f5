import { ConflictError } from '../../../src/errors/index.js';
import { createRouter, route } from '../../../src/http/index.js';
import type { SchemaValidator } from '../../../src/events/index.js';
import { httpEvent, lambdaContext } from '../../helpers/aws-events.js';
import { captureLogs } from '../../helpers/log-capture.js';

interface CreateOrder {
  sku: string;
  quantity: number;
}

const validateCreateOrder = Object.assign(
  (data: unknown): data is CreateOrder => {
    const body = data as Partial<CreateOrder>;
    const ok = typeof body?.sku === 'string' && Number.isInteger(body?.quantity) && (body.quantity ?? 0) >= 1;
    validateCreateOrder.errors = ok
      ? null
      : [{ instancePath: '/quantity', keyword: 'minimum', message: 'must be >= 1' }];
    return ok;
  },
  { errors: null as SchemaValidator<CreateOrder>['errors'] },
);

const build = () => {
  const logs = captureLogs('orders');
  const handler = createRouter({
    service: 'orders',
    logger: logs.log,
    maxBodyBytes: 1024,
    routes: [
      route('POST /orders', {
        body: validateCreateOrder,
        handler: ({ body }) => ({ status: 202, body: { accepted: body.sku, quantity: body.quantity } }),
      }),
      route('GET /orders/{orderId}', { handler: ({ params }) => ({ status: 200, body: { orderId: params.orderId } }) }),
      route('DELETE /orders/{orderId}', {
        handler: () => {
          throw new ConflictError('order already confirmed');
        },
      }),
      route('GET /page', {
        handler: () => ({ status: 200, text: '<!doctype html><p>hi</p>', headers: { 'Content-Type': 'text/html' } }),
      }),
      route('GET /boom', {
        handler: () => {
          throw new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2');
        },
      }),
    ],
  });
  const call = async (...args: Parameters<typeof httpEvent>) => send(httpEvent(...args));
  const send = async (event: ReturnType<typeof httpEvent>) => {
    const result = await handler(event, lambdaContext);
    const isJson = /json/.test(String(result.headers?.['content-type'] ?? ''));
    return {
      ...result,
      json: result.body && isJson ? (JSON.parse(result.body) as Record<string, unknown>) : undefined,
    };
  };
  return { call, send, logs };
};

const json = { 'content-type': 'application/json' };

describe('createRouter', () => {
  it('answers a valid request with the handler response as JSON', async () => {
    const { call } = build();

    const response = await call('POST', '/orders', { body: '{"sku":"SKU-1","quantity":2}', headers: json });

    expect(response.statusCode).toBe(202);
    expect(response.headers?.['content-type']).toBe('application/json');
    expect(response.json).toEqual({ accepted: 'SKU-1', quantity: 2 });
  });

  it('sends a text body as it is, with the content type the route gives', async () => {
    const { call } = build();

    const response = await call('GET', '/page');

    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toBe('text/html');
    expect(response.body).toBe('<!doctype html><p>hi</p>');
  });

  it('passes decoded path parameters to the handler', async () => {
    const { call } = build();

    const response = await call('GET', '/orders/a%20b');

    expect(response.json).toEqual({ orderId: 'a b' });
  });

  it('uses API Gateway route key and path parameters when the route key is one of its routes', async () => {
    const { call } = build();

    const response = await call('GET', '/prod/orders/o-9', {
      routeKey: 'GET /orders/{orderId}',
      pathParameters: { orderId: 'o-9' },
    });

    expect(response.json).toEqual({ orderId: 'o-9' });
  });

  it('matches the path itself when a route key arrives without its path parameters', async () => {
    const { call } = build();

    const response = await call('GET', '/orders/o-7', { routeKey: 'GET /orders/{orderId}' });

    expect(response.json).toEqual({ orderId: 'o-7' });
  });

  it('prefers a literal route over a parameter, whatever the declaration order', async () => {
    const handler = createRouter({
      service: 'orders',
      logger: captureLogs().log,
      routes: [
        route('GET /orders/{orderId}', { handler: () => ({ status: 200, body: { matched: 'param' } }) }),
        route('GET /orders/search', { handler: () => ({ status: 200, body: { matched: 'literal' } }) }),
      ],
    });

    const response = await handler(httpEvent('GET', '/orders/search'), lambdaContext);

    expect(JSON.parse(response.body ?? '{}')).toEqual({ matched: 'literal' });
  });

  it('refuses a route declared twice', () => {
    const declareTwice = () =>
      createRouter({
        service: 'orders',
        routes: [
          route('GET /a', { handler: () => ({ status: 200 }) }),
          route('GET /a', { handler: () => ({ status: 204 }) }),
        ],
      });

    expect(declareTwice).toThrow('Route "GET /a" is declared twice');
  });

  it('reads the content type whatever the header’s case, and lets a handler’s header replace the default', async () => {
    const handler = createRouter({
      service: 'orders',
      logger: captureLogs().log,
      routes: [
        route('POST /orders', {
          body: validateCreateOrder,
          handler: () => ({ status: 200, body: 'x', headers: { 'Content-Type': 'text/plain' } }),
        }),
      ],
    });

    const response = await handler(
      httpEvent('POST', '/orders', {
        body: '{"sku":"S","quantity":1}',
        headers: { 'Content-Type': 'application/json' },
      }),
      lambdaContext,
    );

    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'text/plain' });
    expect(response.headers).not.toHaveProperty('Content-Type');
  });

  it('answers problem+json with the correlation id when a middleware added with use() fails', async () => {
    const logs = captureLogs('orders');
    const handler = createRouter({
      service: 'orders',
      logger: logs.log,
      routes: [route('GET /health', { handler: () => ({ status: 200 }) })],
    }).use({
      before: () => {
        throw new Error('auth backend unreachable');
      },
    });

    const response = await handler(
      httpEvent('GET', '/health', { headers: { 'x-correlation-id': 'corr-9' } }),
      lambdaContext,
    );

    expect(response.statusCode).toBe(500);
    expect(response.headers).toMatchObject({
      'content-type': 'application/problem+json',
      'x-correlation-id': 'corr-9',
    });
    expect(logs.lines()).toContainEqual(expect.objectContaining({ level: 'error', message: 'request failed' }));
  });

  it('echoes a usable x-correlation-id and mints one otherwise', async () => {
    const { call } = build();

    const echoed = await call('GET', '/orders/o-1', { headers: { 'X-Correlation-Id': 'corr-123' } });
    const minted = await call('GET', '/orders/o-1', { headers: { 'x-correlation-id': 'has spaces' } });

    expect(echoed.headers?.['x-correlation-id']).toBe('corr-123');
    expect(minted.headers?.['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['malformed JSON', 400, 'MALFORMED_JSON', '{"sku":', json],
    ['a body that breaks the schema', 422, 'VALIDATION_FAILED', '{"sku":"S","quantity":0}', json],
    ['a missing body', 422, 'VALIDATION_FAILED', undefined, json],
    [
      'a non-JSON content type',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      '{"sku":"S","quantity":1}',
      { 'content-type': 'text/plain' },
    ],
    [
      'a body over the size limit',
      413,
      'PAYLOAD_TOO_LARGE',
      JSON.stringify({ sku: 'x'.repeat(2000), quantity: 1 }),
      json,
    ],
  ])('rejects %s with a problem+json %i %s', async (_case, status, code, body, headers) => {
    const { call } = build();

    const response = await call('POST', '/orders', { ...(body === undefined ? {} : { body }), headers });

    expect(response.statusCode).toBe(status);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    expect(response.json).toMatchObject({ status, code, instance: '/orders' });
    expect(response.json?.['correlationId']).toEqual(response.headers?.['x-correlation-id']);
  });

  // serverless-offline parses a JSON body and, when the value is falsy, hands over the value itself
  // instead of the text (`false` arrived as a boolean and was a 500). API Gateway always sends text.
  it.each([
    [false, 'Request body is invalid'],
    [0, 'Request body is invalid'],
    [null, 'A JSON request body is required'],
  ])('reads a body an emulator handed over already parsed (%p) as the JSON it was: a 422', async (parsed, detail) => {
    const { send } = build();
    const event = { ...httpEvent('POST', '/orders', { headers: json }), body: parsed as unknown as string };

    const response = await send(event);

    expect(response.statusCode).toBe(422);
    expect(response.json).toMatchObject({ code: 'VALIDATION_FAILED', detail });
  });

  it('lists what is wrong with an invalid body', async () => {
    const { call } = build();

    const response = await call('POST', '/orders', { body: '{"sku":"S","quantity":0}', headers: json });

    expect(response.json?.['errors']).toEqual([{ path: '/quantity', message: 'must be >= 1' }]);
  });

  it('answers 404 for an unknown path and 405 with Allow for a known path with another method', async () => {
    const { call } = build();

    const missing = await call('GET', '/nothing-here');
    const wrongMethod = await call('PUT', '/orders/o-1');

    expect(missing.statusCode).toBe(404);
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers?.['allow']).toBe('GET, DELETE');
  });

  it('maps a typed domain error to its status with its message', async () => {
    const { call } = build();

    const response = await call('DELETE', '/orders/o-1');

    expect(response.statusCode).toBe(409);
    expect(response.json).toMatchObject({ code: 'CONFLICT', detail: 'order already confirmed' });
  });

  it('turns an unknown throw into a 500 that leaks nothing, and logs the cause', async () => {
    const { call, logs } = build();

    const response = await call('GET', '/boom');

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.7|stack/);
    expect(response.json).toMatchObject({ code: 'INTERNAL', title: 'Internal error' });
    const failure = logs.lines().find((line) => line['message'] === 'request failed');
    expect(failure).toMatchObject({ level: 'error', service: 'orders', requestId: 'req-1' });
    expect(JSON.stringify(failure)).toContain('ECONNREFUSED');
  });

  it('sets security headers on every response', async () => {
    const { call } = build();

    const ok = await call('GET', '/orders/o-1');
    const failed = await call('GET', '/nothing-here');

    for (const response of [ok, failed]) {
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      });
    }
  });
});
