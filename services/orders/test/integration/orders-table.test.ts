import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { createOrderQueries } from '../../src/domain/order-queries.js';
import type { Order } from '../../src/domain/order.js';
import type { Settlement } from '../../src/domain/order-store.js';
import { createOrdersTable } from '../../src/store/orders-table.js';
import { placedTshirtsAndMug } from '../helpers/saga-fixture.js';
import { createOrdersTables } from '../helpers/tables.js';

/** The orders table as resources/tables.yml declares it, on the local cloud. */
describe('the orders table on the local cloud', () => {
  let edge: Edge;
  let dynamo: DynamoDBClient;
  const tableName = 'orders-local-orders';
  const customerId = '3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d';

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    await createOrdersTables(dynamo, { orders: tableName });
  });

  afterAll(async () => {
    dynamo?.destroy();
    await edge?.stop();
  });

  const table = () => createOrdersTable({ tableName, client: DynamoDBDocumentClient.from(dynamo) });
  const identity = (id: string, time: string) => ({ id, time, correlationId: 'saga', causationId: 'cause' });
  const pending = (orderId: string, placedAt = '2026-11-22T10:00:00.000Z', who = customerId): Order => ({
    orderId,
    customerId: who,
    status: 'PENDING',
    items: [{ sku: 'MUG-11OZ', quantity: 2 }],
    placedAt,
    placed: identity(`placed-${orderId}`, placedAt),
    timeline: {
      [`placed-${orderId}`]: { type: 'OrderPlaced', eventId: `placed-${orderId}`, source: 'orders', at: placedAt },
    },
  });
  const entry = (type: string, eventId: string) => ({ type, eventId, source: 'test', at: '2026-11-22T10:00:01.000Z' });
  const ending = (status: Settlement['status'], eventId: string): Settlement => ({
    status,
    ...(status === 'CANCELLED' && { reason: 'OUT_OF_STOCK' as const }),
    outcome: identity(`outcome-${eventId}`, '2026-11-22T10:00:02.000Z'),
    entries: [entry('Decided', eventId), entry('Outcome', `outcome-${eventId}`)],
  });

  it('cancels a PENDING order once, and confirms only a priced one', async () => {
    const orders = table();
    await orders.create(pending('cancel-me'));
    await orders.create(pending('confirm-me'));

    const cancelled = await Promise.all([
      orders.settle('cancel-me', ending('CANCELLED', 'a')),
      orders.settle('cancel-me', ending('CANCELLED', 'b')),
    ]);
    const unpriced = await orders.settle('confirm-me', ending('CONFIRMED', 'c'));
    await orders.recordPricing(
      'confirm-me',
      { items: [{ sku: 'MUG-11OZ', quantity: 2, unitPrice: 1250 }], total: 2500, currency: 'EUR' },
      entry('InventoryReserved', 'r'),
    );
    const priced = await orders.settle('confirm-me', ending('CONFIRMED', 'd'));

    expect(cancelled.sort()).toEqual(['refused', 'settled']);
    expect(await orders.get('cancel-me')).toMatchObject({ status: 'CANCELLED', reason: 'OUT_OF_STOCK' });
    expect(Object.keys((await orders.get('cancel-me'))!.timeline)).toHaveLength(3);
    expect([unpriced, priced]).toEqual(['refused', 'settled']);
    expect(await orders.get('confirm-me')).toMatchObject({ status: 'CONFIRMED', total: 2500 });
  });

  it('keeps one timeline entry per event, however often it arrives', async () => {
    const orders = table();
    await orders.create(pending('timeline'));

    await orders.addTimelineEntry('timeline', entry('PaymentFailed', 'late'));
    await orders.addTimelineEntry('timeline', entry('PaymentFailed', 'late'));
    await orders.addTimelineEntry('no-such-order', entry('PaymentFailed', 'late'));

    expect(Object.keys((await orders.get('timeline'))!.timeline).sort()).toEqual(['late', 'placed-timeline']);
    expect(await orders.get('no-such-order')).toBeUndefined();
    expect(await orders.recordPricing('no-such-order', { items: [], total: 0, currency: 'EUR' }, entry('X', 'x'))).toBe(
      'missing',
    );
  });

  it('withdraws only an untouched PENDING order', async () => {
    const orders = table();
    await orders.create(pending('untouched'));
    await orders.create(pending('reached'));
    await orders.addTimelineEntry('reached', entry('InventoryReserved', 'r'));
    await orders.create(pending('ended'));
    await orders.settle('ended', ending('CANCELLED', 'e'));

    const results = await Promise.all(['untouched', 'reached', 'ended', 'no-such-order'].map(orders.withdraw));

    expect(results).toEqual(['withdrawn', 'kept', 'kept', 'kept']);
    expect(await orders.get('untouched')).toBeUndefined();
    expect(await orders.get('reached')).toMatchObject({ status: 'PENDING' });
  });

  it('lets one of two contradicting payment outcomes arriving at once end the order, and publishes only its event', async () => {
    const { saga, outcomes, reserved, paid, declined, view } = await placedTshirtsAndMug(table());
    await saga.inventoryReserved(reserved);

    const results = await Promise.all([saga.paymentSucceeded(paid), saga.paymentFailed(declined)]);

    const order = await view();
    const [published] = outcomes.published;
    expect(results.sort()).toEqual([order.status === 'CONFIRMED' ? 'confirmed' : 'cancelled', 'late'].sort());
    expect(outcomes.published).toHaveLength(1);
    expect(published?.type).toBe(order.status === 'CONFIRMED' ? 'OrderConfirmed' : 'OrderCancelled');
    expect(order.timeline.map(({ type }) => type).sort()).toEqual(
      ['InventoryReserved', 'OrderPlaced', 'PaymentFailed', 'PaymentSucceeded', published!.type].sort(),
    );
  });

  it("pages through a customer's orders newest first with the cursor the API hands out", async () => {
    const orders = table();
    const shopper = '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';
    const ids = ['1', '2', '3', '4', '5'].map((n) => `a0000000-0000-4000-8000-00000000000${n}`);
    for (const [index, orderId] of ids.entries())
      await orders.create(pending(orderId, `2026-11-22T10:0${index}:00.000Z`, shopper));
    await orders.create(pending('b0000000-0000-4000-8000-000000000001', '2026-11-22T11:00:00.000Z'));
    const queries = createOrderQueries(orders);

    const first = await queries.list({ customerId: shopper, limit: '2' }, undefined);
    const second = await queries.list({ customerId: shopper, limit: '2', cursor: first.nextCursor }, undefined);
    const last = await queries.list({ customerId: shopper, limit: '2', cursor: second.nextCursor }, undefined);

    expect([first, second, last].flatMap((page) => page.items.map((order) => order.orderId))).toEqual(
      [...ids].reverse(),
    );
    expect(last.nextCursor).toBeUndefined();
    await expect(queries.list({ customerId: shopper, cursor: 'bm90LWEtY3Vyc29y' }, undefined)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(queries.list({ customerId, cursor: first.nextCursor }, undefined)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
