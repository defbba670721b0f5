import type { OrderPlacedV1Event } from '@commerce/contracts';
import { catalogExample } from '@commerce/testing';
import { sagaFixture } from '../helpers/saga-fixture.js';

const request = () => (catalogExample('OrderPlaced', 'two T-shirts and a mug') as OrderPlacedV1Event).data;
const correlation = { correlationId: 'checkout-session-1' };

describe('placing an order', () => {
  it('writes the order PENDING and publishes the OrderPlaced recorded on it', async () => {
    const { placer, orders, handoffs } = sagaFixture();

    const placed = await placer.place(request(), correlation);

    const [event] = handoffs.published;
    const order = await orders.get(placed.orderId);
    expect(placed).toEqual({ orderId: expect.any(String), status: 'PENDING' });
    expect(event).toMatchObject({ type: 'OrderPlaced', correlationId: 'checkout-session-1', source: 'orders' });
    expect(event).toMatchObject({ id: order?.placed.id, time: order?.placed.time, data: { orderId: placed.orderId } });
    expect(Object.keys(order?.timeline ?? {})).toEqual([event?.id]);
  });

  it('names the same order for the same customer and Idempotency-Key, and another for another key', async () => {
    const { placer, orders, handoffs } = sagaFixture();

    const first = await placer.place(request(), { ...correlation, idempotencyKey: 'key-1' });
    const again = await placer.place(request(), { ...correlation, idempotencyKey: 'key-1' });
    const other = await placer.place(request(), { ...correlation, idempotencyKey: 'key-2' });

    expect(again.orderId).toBe(first.orderId);
    expect(other.orderId).not.toBe(first.orderId);
    expect(orders.items.size).toBe(2);
    // The retry publishes the recorded event again, the same one: consumers see a duplicate, not a new order.
    expect(handoffs.published[1]).toEqual(handoffs.published[0]);
  });

  it('refuses another body under a key whose order exists, without publishing', async () => {
    const { placer, handoffs } = sagaFixture();
    await placer.place(request(), { ...correlation, idempotencyKey: 'key-1' });
    const changed = { ...request(), items: [{ sku: 'MUG-11OZ', quantity: 5 }] };

    await expect(placer.place(changed, { ...correlation, idempotencyKey: 'key-1' })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(handoffs.published).toHaveLength(1);
  });

  it('refuses a SKU on two lines with a 422 naming the second line', async () => {
    const { placer, orders } = sagaFixture();
    const body = request();
    const twice = { ...body, items: [...body.items, { sku: body.items[0]!.sku, quantity: 1 }] };

    await expect(placer.place(twice, correlation)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [{ path: `/items/${body.items.length}/sku` }] },
    });
    expect(orders.items.size).toBe(0);
  });

  it('withdraws an order placed without a key whose OrderPlaced could not be published, and answers 503', async () => {
    const { placer, orders, handoffs } = sagaFixture();
    handoffs.failNext();

    await expect(placer.place(request(), correlation)).rejects.toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
      status: 503,
    });
    expect(orders.items.size).toBe(0);
  });

  it('keeps an order placed with a key when the publish fails, and the retry publishes its recorded event', async () => {
    const { placer, orders, handoffs } = sagaFixture();
    handoffs.failNext();
    const keyed = { ...correlation, idempotencyKey: 'key-1' };

    await expect(placer.place(request(), keyed)).rejects.toMatchObject({ status: 503 });
    const kept = [...orders.items.values()];
    const retried = await placer.place(request(), { ...keyed, correlationId: 'another-request' });

    expect(kept).toHaveLength(1);
    expect(retried.orderId).toBe(kept[0]?.orderId);
    expect(handoffs.published).toEqual([
      expect.objectContaining({ id: kept[0]?.placed.id, correlationId: 'checkout-session-1' }),
    ]);
  });

  it('answers 202 when the saga reached an order whose publish reported a failure (it did go out)', async () => {
    const { placer, orders, handoffs } = sagaFixture();
    // An ambiguous failure: SNS delivered, then the answer was lost; inventory's reply came first.
    handoffs.publish = async (event) => {
      const { orderId } = (Array.isArray(event) ? event[0] : event)!.data as { orderId: string };
      await orders.addTimelineEntry(orderId, { type: 'InventoryReserved', eventId: 'r-1', source: 'x', at: 'now' });
      throw new Error('socket hang up');
    };

    const placed = await placer.place(request(), correlation);

    expect(placed.status).toBe('PENDING');
    expect(orders.items.has(placed.orderId)).toBe(true);
  });

  it('does not start the saga again for a keyed retry of an order that already ended', async () => {
    const { placer, orders, handoffs } = sagaFixture();
    const keyed = { ...correlation, idempotencyKey: 'key-1' };
    const { orderId } = await placer.place(request(), keyed);
    orders.items.get(orderId)!.status = 'CANCELLED';

    await placer.place(request(), keyed);

    expect(handoffs.published).toHaveLength(1);
  });
});
