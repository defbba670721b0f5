import type { OrderPlacedV1Event } from '@commerce/contracts';
import { catalogExample } from '@commerce/testing';
import { createOrderQueries } from '../../src/domain/order-queries.js';
import { sagaFixture } from '../helpers/saga-fixture.js';

/** Three orders of the catalog's T-shirt customer, placed a second apart, and the queries on them. */
const threeOrders = async () => {
  const { placer, orders } = sagaFixture();
  const body = (catalogExample('OrderPlaced', 'two T-shirts and a mug') as OrderPlacedV1Event).data;
  const placed = [];
  for (const n of [1, 2, 3]) placed.push((await placer.place(body, { correlationId: `c-${n}` })).orderId);
  return { customerId: body.customerId, placed, queries: createOrderQueries(orders) };
};
const stranger = '0b8f2e4a-7c1d-4e5f-9a3b-6c2d8e0f1a4b';

describe('reading orders', () => {
  it("shows an order with the correlation id of its saga, without its events' identities, its timeline in time order", async () => {
    const { placed, queries, customerId } = await threeOrders();

    const order = await queries.get(placed[0]!, undefined);

    expect(order).toMatchObject({ orderId: placed[0], customerId, status: 'PENDING', correlationId: 'c-1' });
    expect(order).not.toHaveProperty('placed');
    expect(order.timeline).toEqual([
      { type: 'OrderPlaced', eventId: expect.any(String), source: 'orders', at: order.placedAt },
    ]);
  });

  it('finds an order by its id in capitals too (UUIDs are case-insensitive)', async () => {
    const { placed, queries } = await threeOrders();

    expect((await queries.get(placed[0]!.toUpperCase(), undefined)).orderId).toBe(placed[0]);
  });

  it.each([
    ['an id that is not a UUID', () => 'not-an-order', undefined],
    ['an unknown order', () => '5d1c7b9e-3f2a-4b8c-9d0e-1f2a3b4c5d6e', undefined],
    ["another customer's order", (placed: string[]) => placed[0]!, stranger],
  ])('answers %s with 404', async (_case, idOf, caller) => {
    const { placed, queries } = await threeOrders();

    await expect(queries.get(idOf(placed), caller)).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it("pages through a customer's orders newest first", async () => {
    const { placed, queries, customerId } = await threeOrders();

    const first = await queries.list({ customerId, limit: '2' }, customerId);
    const rest = await queries.list({ customerId, limit: '2', cursor: first.nextCursor }, customerId);

    expect([...first.items, ...rest.items].map((order) => order.orderId)).toEqual([...placed].reverse());
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(rest.nextCursor).toBeUndefined();
  });

  it.each([
    ['an empty customerId', { customerId: '' }, 'VALIDATION_FAILED'],
    ['a customerId that is not a UUID', { customerId: 'alice' }, 'VALIDATION_FAILED'],
    ['limit 0', { limit: '0' }, 'VALIDATION_FAILED'],
    ['limit 101', { limit: '101' }, 'VALIDATION_FAILED'],
    ['limit 2.5', { limit: '2.5' }, 'VALIDATION_FAILED'],
    ['a cursor that is not base64 JSON', { cursor: '%%%' }, 'BAD_REQUEST'],
    ['a cursor with a key of its own', { cursor: Buffer.from('{"orderId":"x"}').toString('base64url') }, 'BAD_REQUEST'],
  ])('refuses a list with %s', async (_case, query, code) => {
    const { queries, customerId } = await threeOrders();

    await expect(queries.list({ customerId, ...query }, undefined)).rejects.toMatchObject({ code });
  });

  // A cursor becomes DynamoDB's ExclusiveStartKey: values DynamoDB refuses (empty, 3 KB) were a 500.
  it.each([
    ['an empty orderId and placedAt', { orderId: '', placedAt: '' }],
    ['a 3 KB orderId', { orderId: 'x'.repeat(3000) }],
    ['an orderId that is not a UUID', { orderId: 'not-an-order' }],
    ['a placedAt that is not a time', { placedAt: '\u202e\u0000' }],
  ])("refuses a forged cursor with %s, the customer's own id and the right fields", async (_case, forged) => {
    const { queries, customerId } = await threeOrders();
    const { nextCursor } = await queries.list({ customerId, limit: '1' }, undefined);
    const key = { ...(JSON.parse(Buffer.from(nextCursor!, 'base64url').toString()) as object), ...forged };
    const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');

    await expect(queries.list({ customerId, cursor }, undefined)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it("refuses a signed-in customer listing another customer's orders with 403", async () => {
    const { queries, customerId } = await threeOrders();

    await expect(queries.list({ customerId }, stranger)).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });
});
