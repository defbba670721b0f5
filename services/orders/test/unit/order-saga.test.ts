import { OrderCancelledV1, OrderConfirmedV1 } from '@commerce/contracts';
import { OrderNotReadyError } from '../../src/domain/order-saga.js';
import { placedTshirtsAndMug } from '../helpers/saga-fixture.js';

describe("the order's saga", () => {
  it('confirms a reserved, paid order and publishes OrderConfirmed with the reserved prices', async () => {
    const { saga, outcomes, reserved, paid, view } = await placedTshirtsAndMug();

    expect(await saga.inventoryReserved(reserved)).toBe('recorded');
    expect(await saga.paymentSucceeded(paid)).toBe('confirmed');

    const [confirmed] = outcomes.published;
    expect(OrderConfirmedV1.validate(confirmed?.data)).toBe(true);
    expect(confirmed).toMatchObject({
      type: 'OrderConfirmed',
      causationId: paid.id,
      data: { total: reserved.data.total },
    });
    expect(await view()).toMatchObject({ status: 'CONFIRMED', total: reserved.data.total, items: reserved.data.items });
    // In the order of the events' times (the catalog's examples carry their own, older ones).
    const timeline = (await view()).timeline;
    expect(timeline.map((entry) => entry.type).sort()).toEqual([
      'InventoryReserved',
      'OrderConfirmed',
      'OrderPlaced',
      'PaymentSucceeded',
    ]);
    expect(timeline.map((entry) => entry.at)).toEqual(timeline.map((entry) => entry.at).sort());
  });

  it('cancels an order inventory could not stock, with its reason', async () => {
    const { saga, outcomes, outOfStock, view } = await placedTshirtsAndMug();

    expect(await saga.inventoryReservationFailed(outOfStock)).toBe('cancelled');

    expect(OrderCancelledV1.validate(outcomes.published[0]?.data)).toBe(true);
    expect(outcomes.published[0]?.data).toMatchObject({ reason: 'OUT_OF_STOCK' });
    expect(await view()).toMatchObject({ status: 'CANCELLED', reason: 'OUT_OF_STOCK' });
  });

  it('cancels a declined order as PAYMENT_DECLINED', async () => {
    const { saga, outcomes, reserved, declined, view } = await placedTshirtsAndMug();
    await saga.inventoryReserved(reserved);

    expect(await saga.paymentFailed(declined)).toBe('cancelled');

    expect(outcomes.published[0]?.data).toMatchObject({ reason: 'PAYMENT_DECLINED' });
    expect(await view()).toMatchObject({ status: 'CANCELLED', reason: 'PAYMENT_DECLINED' });
  });

  it.each([
    ['an unknown SKU', 'unknownSku', 'UNKNOWN_SKU'],
    ['an unreachable payment provider', 'unreachable', 'PAYMENT_UNAVAILABLE'],
  ] as const)('cancels an order for %s as %s', async (_case, cause, reason) => {
    const fixture = await placedTshirtsAndMug();
    await fixture.saga.inventoryReserved(fixture.reserved);

    const outcome =
      cause === 'unknownSku'
        ? await fixture.saga.inventoryReservationFailed(fixture.unknownSku)
        : await fixture.saga.paymentFailed(fixture.unreachable);

    expect(outcome).toBe('cancelled');
    expect(OrderCancelledV1.validate(fixture.outcomes.published[0]?.data)).toBe(true);
    expect(fixture.outcomes.published[0]).toMatchObject({ type: 'OrderCancelled', data: { reason } });
    expect(await fixture.view()).toMatchObject({ status: 'CANCELLED', reason });
  });

  it('answers a redelivered cancellation with the recorded OrderCancelled, same id and time', async () => {
    const { saga, outcomes, outOfStock, view } = await placedTshirtsAndMug();
    await saga.inventoryReservationFailed(outOfStock);

    expect(await saga.inventoryReservationFailed(structuredClone(outOfStock))).toBe('republished');

    const [first, again] = outcomes.published;
    expect(again).toEqual(first);
    expect(first).toMatchObject({ causationId: outOfStock.id, correlationId: outOfStock.correlationId });
    expect((await view()).timeline.map((entry) => entry.type).sort()).toEqual([
      'InventoryReservationFailed',
      'OrderCancelled',
      'OrderPlaced',
    ]);
  });

  it('keeps a late event in the timeline once, however often it is delivered', async () => {
    const { saga, outcomes, outOfStock, declined, view } = await placedTshirtsAndMug();
    await saga.inventoryReservationFailed(outOfStock);

    expect(await saga.paymentFailed(declined)).toBe('late');
    expect(await saga.paymentFailed(structuredClone(declined))).toBe('late');

    expect(outcomes.published).toHaveLength(1);
    expect(await view()).toMatchObject({ status: 'CANCELLED', reason: 'OUT_OF_STOCK' });
    expect((await view()).timeline.filter((entry) => entry.type === 'PaymentFailed')).toHaveLength(1);
  });

  it('makes a payment outcome that overtook its reservation wait (retryable), then confirms', async () => {
    const { saga, reserved, paid } = await placedTshirtsAndMug();

    await expect(saga.paymentSucceeded(paid)).rejects.toBeInstanceOf(OrderNotReadyError);
    await saga.inventoryReserved(reserved);
    expect(await saga.paymentSucceeded(paid)).toBe('confirmed');
  });

  it('answers a redelivered outcome with the same event, and one timeline entry', async () => {
    const { saga, outcomes, reserved, paid, view } = await placedTshirtsAndMug();
    await saga.inventoryReserved(reserved);
    await saga.paymentSucceeded(paid);

    expect(await saga.paymentSucceeded(structuredClone(paid))).toBe('republished');
    await saga.inventoryReserved(structuredClone(reserved));

    const [first, again] = outcomes.published;
    expect(again).toEqual(first);
    expect((await view()).timeline).toHaveLength(4);
  });

  it('never moves a settled order: a contradicting event is kept in the timeline only', async () => {
    const { saga, outcomes, reserved, paid, declined, view } = await placedTshirtsAndMug();
    await saga.inventoryReserved(reserved);
    await saga.paymentSucceeded(paid);

    expect(await saga.paymentFailed(declined)).toBe('late');

    expect(outcomes.published).toHaveLength(1);
    expect(await view()).toMatchObject({ status: 'CONFIRMED' });
    expect((await view()).timeline.map((entry) => entry.type)).toContain('PaymentFailed');
  });

  it('retries an event about an order it does not know yet', async () => {
    const { saga, reserved } = await placedTshirtsAndMug();

    await expect(
      saga.inventoryReserved({
        ...reserved,
        data: { ...reserved.data, orderId: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f' },
      }),
    ).rejects.toBeInstanceOf(OrderNotReadyError);
  });
});
