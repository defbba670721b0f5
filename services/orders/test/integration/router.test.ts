// First: the router module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { createDynamoDbIdempotencyStore } from '@commerce/shared-core/idempotency';
import { createRecordingPublisher, httpRequest, jsonRequest, lambdaContext } from '@commerce/testing';
import { createOrderQueries } from '../../src/domain/order-queries.js';
import { createOrderPlacer } from '../../src/domain/place-order.js';
import { createOrdersRouter } from '../../src/router.js';
import { createOrdersTable } from '../../src/store/orders-table.js';
import { createOrdersTables } from '../helpers/tables.js';

/** The HTTP API on real tables (orders, idempotency) in the local cloud; OrderPlaced recorded. */
describe('the orders API', () => {
  let edge: Edge;
  let dynamo: DynamoDBClient;
  const handoffs = createRecordingPublisher();
  let router: ReturnType<typeof createOrdersRouter>;
  const customerId = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
  const body = { customerId, items: [{ sku: 'MUG-11OZ', quantity: 2 }], paymentToken: 'tok_ok' };

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    await createOrdersTables(dynamo, { orders: 'orders', idempotency: 'idempotency' });
    const documents = DynamoDBDocumentClient.from(dynamo);
    const orders = createOrdersTable({ tableName: 'orders', client: documents });
    router = createOrdersRouter({
      placer: createOrderPlacer({ orders, handoffs }),
      queries: createOrderQueries(orders),
      idempotency: createDynamoDbIdempotencyStore({ tableName: 'idempotency', client: documents }),
    });
  });

  afterAll(async () => {
    dynamo?.destroy();
    await edge?.stop();
  });

  const call = async (request: APIGatewayProxyEventV2) => {
    const response = (await router(request, lambdaContext)) as APIGatewayProxyStructuredResultV2;
    return { status: response.statusCode, json: JSON.parse(response.body ?? 'null') as Record<string, unknown> };
  };
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    call(
      httpRequest('POST', '/orders', {
        body: JSON.stringify(payload),
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
  const asCustomer = (request: APIGatewayProxyEventV2, sub: string) => {
    Object.assign(request.requestContext, { authorizer: { jwt: { claims: { sub }, scopes: [] } } });
    return request;
  };

  it('places an order PENDING, publishes OrderPlaced and shows it with its timeline', async () => {
    const placed = await post(body);

    expect(placed).toEqual({ status: 202, json: { orderId: expect.any(String), status: 'PENDING' } });
    const orderId = placed.json['orderId'] as string;
    expect(handoffs.published.at(-1)).toMatchObject({ type: 'OrderPlaced', data: { orderId, paymentToken: 'tok_ok' } });
    const shown = await call(httpRequest('GET', `/orders/${orderId}`));
    expect(shown.json).toMatchObject({ orderId, customerId, status: 'PENDING', items: body.items });
    expect(shown.json['timeline']).toEqual([expect.objectContaining({ type: 'OrderPlaced' })]);
    expect(JSON.stringify(shown.json)).not.toContain('tok_ok');
  });

  it('answers the same Idempotency-Key and body with the same order, and another body with 409', async () => {
    const published = handoffs.published.length;

    const first = await post(body, { 'idempotency-key': 'checkout-42' });
    const again = await post(body, { 'idempotency-key': 'checkout-42' });
    const other = await post(
      { ...body, items: [{ sku: 'MUG-11OZ', quantity: 3 }] },
      { 'idempotency-key': 'checkout-42' },
    );

    expect(again).toEqual(first);
    expect(other).toMatchObject({ status: 409, json: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(handoffs.published.length - published).toBe(1);
  });

  it('resumes an order whose OrderPlaced failed to publish when the client retries with its key', async () => {
    handoffs.failNext();

    const failed = await post(body, { 'idempotency-key': 'retry-7' });
    const retried = await post(body, { 'idempotency-key': 'retry-7' });

    expect(failed).toMatchObject({ status: 503, json: { code: 'DEPENDENCY_UNAVAILABLE' } });
    expect(retried.status).toBe(202);
    expect(handoffs.published.at(-1)).toMatchObject({
      type: 'OrderPlaced',
      data: { orderId: retried.json['orderId'] },
    });
  });

  it('withdraws an order placed without a key whose OrderPlaced failed to publish, and answers 503', async () => {
    const shopper = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
    handoffs.failNext();

    const failed = await post({ ...body, customerId: shopper });
    const listed = await call(httpRequest('GET', '/orders', { query: { customerId: shopper } }));

    expect(failed).toMatchObject({ status: 503, json: { code: 'DEPENDENCY_UNAVAILABLE', status: 503 } });
    expect(listed.json['items']).toEqual([]);
  });

  it.each([
    [
      'malformed JSON',
      () =>
        call(
          httpRequest('POST', '/orders', { body: '{"customerId":', headers: { 'content-type': 'application/json' } }),
        ),
      400,
      'MALFORMED_JSON',
    ],
    [
      'a quantity below 1',
      () => post({ ...body, items: [{ sku: 'MUG-11OZ', quantity: 0 }] }),
      422,
      'VALIDATION_FAILED',
    ],
    [
      'a quantity that is text',
      () => post({ ...body, items: [{ sku: 'MUG-11OZ', quantity: '2' }] }),
      422,
      'VALIDATION_FAILED',
    ],
    ['no lines', () => post({ ...body, items: [] }), 422, 'VALIDATION_FAILED'],
    ['a SKU on two lines', () => post({ ...body, items: [...body.items, ...body.items] }), 422, 'VALIDATION_FAILED'],
    ['a card number for a token', () => post({ ...body, paymentToken: '4242424242424242' }), 422, 'VALIDATION_FAILED'],
    ['a body over 64 KiB', () => post({ ...body, note: 'x'.repeat(70_000) }), 413, 'PAYLOAD_TOO_LARGE'],
    ['an Idempotency-Key with spaces', () => post(body, { 'idempotency-key': 'two words' }), 422, 'VALIDATION_FAILED'],
    [
      'an Idempotency-Key over 255 characters',
      () => post(body, { 'idempotency-key': 'k'.repeat(256) }),
      422,
      'VALIDATION_FAILED',
    ],
    ['an unknown field', () => post({ ...body, coupon: 'FREE' }), 422, 'VALIDATION_FAILED'],
    ['a customerId that is not a UUID', () => post({ ...body, customerId: 'alice' }), 422, 'VALIDATION_FAILED'],
    ['a SKU in lower case', () => post({ ...body, items: [{ sku: 'mug', quantity: 1 }] }), 422, 'VALIDATION_FAILED'],
    [
      'a quantity of 1000',
      () => post({ ...body, items: [{ sku: 'MUG-11OZ', quantity: 1000 }] }),
      422,
      'VALIDATION_FAILED',
    ],
    [
      '51 lines',
      () => post({ ...body, items: Array.from({ length: 51 }, (_, n) => ({ sku: `SKU-${n}`, quantity: 1 })) }),
      422,
      'VALIDATION_FAILED',
    ],
    [
      'a tampered cursor',
      () => call(httpRequest('GET', '/orders', { query: { customerId, cursor: 'eyJvcmRlcklkIjoieCJ9' } })),
      400,
      'BAD_REQUEST',
    ],
    [
      'a forged cursor whose key DynamoDB would refuse',
      () => {
        const key = { orderId: '', customerId, placedAt: 'x'.repeat(2000) };
        const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
        return call(httpRequest('GET', '/orders', { query: { customerId, cursor } }));
      },
      400,
      'BAD_REQUEST',
    ],
    [
      'an unknown order',
      () => call(httpRequest('GET', '/orders/0f1e2d3c-4b5a-4968-8776-655443322110')),
      404,
      'NOT_FOUND',
    ],
    ['an order id that is not a UUID', () => call(httpRequest('GET', `/orders/${'x'.repeat(3000)}`)), 404, 'NOT_FOUND'],
    ['a list without customerId', () => call(httpRequest('GET', '/orders')), 422, 'VALIDATION_FAILED'],
    [
      'a list with limit 0',
      () => call(httpRequest('GET', '/orders', { query: { customerId, limit: '0' } })),
      422,
      'VALIDATION_FAILED',
    ],
  ])('answers %s with a clear problem', async (_case, send, status, code) => {
    expect(await send()).toMatchObject({ status, json: { code, status } });
  });

  it("refuses a signed-in customer placing or listing another customer's orders, and hides theirs", async () => {
    const placed = await post(body);
    const stranger = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

    const placing = await call(asCustomer(jsonRequest('POST', '/orders', body), stranger));
    const listing = await call(asCustomer(httpRequest('GET', '/orders', { query: { customerId } }), stranger));
    const reading = await call(asCustomer(httpRequest('GET', `/orders/${placed.json['orderId']}`), stranger));
    const own = await call(asCustomer(httpRequest('GET', `/orders/${placed.json['orderId']}`), customerId));

    expect([placing.status, listing.status, reading.status, own.status]).toEqual([403, 403, 404, 200]);
  });

  it("lists a customer's orders newest first", async () => {
    const listed = await call(httpRequest('GET', '/orders', { query: { customerId, limit: '100' } }));

    const items = listed.json['items'] as { placedAt: string }[];
    expect(items.length).toBeGreaterThan(2);
    expect(items.map((order) => order.placedAt)).toEqual(
      items
        .map((order) => order.placedAt)
        .sort()
        .reverse(),
    );
  });
});
