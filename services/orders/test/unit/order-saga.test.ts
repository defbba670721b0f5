import type {
  InventoryReservationFailedV1Event,
  InventoryReservedV1Event,
  OrderPlacedV1Event,
  PaymentFailedV1Event,
  PaymentSucceededV1Event,
} from '@commerce/contracts';
import { OrderCancelledV1, OrderConfirmedV1 } from '@commerce/contracts';
import { catalogExample } from '@commerce/testing';
import { OrderNotReadyError } from '../../src/domain/order-saga.js';
import { viewOf } from '../../src/domain/order.js';
import { sagaFixture } from '../helpers/saga-fixture.js';

/** The catalog's events about one order, rewritten to the order the fixture placed. */
const about = <E extends { data: { orderId: string } }>(event: E, orderId: string): E => {
  event.data.orderId = orderId;
  return event;
};

const placeTshirtsAndMug = async () => {
  const fixture = sagaFixture();
  const placed = catalogExample('OrderPlaced', 'two T-shirts and a mug') as OrderPlacedV1Event;
  const { orderId } = await fixture.placer.place(placed.data, { correlationId: placed.correlationId });
  const reserved = about(
    catalogExample('InventoryReserved', 'two T-shirts and a mug, 52.48 EUR') as InventoryReservedV1Event,
    orderId,
  );
  const paid = about(catalogExample('PaymentSucceeded', '52.48 EUR charged') as PaymentSucceededV1Event, orderId);
  const declined = about(catalogExample('PaymentFailed', 'card declined') as PaymentFailedV1Event, orderId);
  const unavailable = about(
    catalogExample(
      'InventoryReservationFailed',
      'three hoodies wanted, one in stock',
    ) as InventoryReservationFailedV1Event,
    orderId,
  );
  const view = async () => viewOf((await fixture.orders.get(orderId))!);
  return { ...fixture, orderId, reserved, paid, declined, unavailable, view };
};

describe("the order's saga", () => {
  it('confirms a reserved, paid order and publishes OrderConfirmed with the reserved prices', async () => {
    const { saga, outcomes, reserved, paid, view } = await placeTshirtsAndMug();

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
    const { saga, outcomes, unavailable, view } = await placeTshirtsAndMug();

    expect(await saga.inventoryReservationFailed(unavailable)).toBe('cancelled');

    expect(OrderCancelledV1.validate(outcomes.published[0]?.data)).toBe(true);
    expect(outcomes.published[0]?.data).toMatchObject({ reason: 'OUT_OF_STOCK' });
    expect(await view()).toMatchObject({ status: 'CANCELLED', reason: 'OUT_OF_STOCK' });
  });

  it('cancels a declined order as PAYMENT_DECLINED', async () => {
    const { saga, outcomes, reserved, declined, view } = await placeTshirtsAndMug();
    await saga.inventoryReserved(reserved);

    expect(await saga.paymentFailed(declined)).toBe('cancelled');

    expect(outcomes.published[0]?.data).toMatchObject({ reason: 'PAYMENT_DECLINED' });
    expect(await view()).toMatchObject({ status: 'CANCELLED', reason: 'PAYMENT_DECLINED' });
  });

  it('makes a payment outcome that overtook its reservation wait (retryable), then confirms', async () => {
    const { saga, reserved, paid } = await placeTshirtsAndMug();

    await expect(saga.paymentSucceeded(paid)).rejects.toBeInstanceOf(OrderNotReadyError);
    await saga.inventoryReserved(reserved);
    expect(await saga.paymentSucceeded(paid)).toBe('confirmed');
  });

  it('answers a redelivered outcome with the same event, and one timeline entry', async () => {
    const { saga, outcomes, reserved, paid, view } = await placeTshirtsAndMug();
    await saga.inventoryReserved(reserved);
    await saga.paymentSucceeded(paid);

    expect(await saga.paymentSucceeded(structuredClone(paid))).toBe('republished');
    await saga.inventoryReserved(structuredClone(reserved));

    const [first, again] = outcomes.published;
    expect(again).toEqual(first);
    expect((await view()).timeline).toHaveLength(4);
  });

  it('never moves a settled order: a contradicting event is kept in the timeline only', async () => {
    const { saga, outcomes, reserved, paid, declined, view } = await placeTshirtsAndMug();
    await saga.inventoryReserved(reserved);
    await saga.paymentSucceeded(paid);

    expect(await saga.paymentFailed(declined)).toBe('late');

    expect(outcomes.published).toHaveLength(1);
    expect(await view()).toMatchObject({ status: 'CONFIRMED' });
    expect((await view()).timeline.map((entry) => entry.type)).toContain('PaymentFailed');
  });

  it('retries an event about an order it does not know yet', async () => {
    const { saga, reserved } = await placeTshirtsAndMug();

    await expect(
      saga.inventoryReserved({
        ...reserved,
        data: { ...reserved.data, orderId: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f' },
      }),
    ).rejects.toBeInstanceOf(OrderNotReadyError);
  });
});
