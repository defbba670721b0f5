import type {
  InventoryReservationFailedV1Event,
  InventoryReservedV1Event,
  OrderPlacedV1Event,
  PaymentFailedV1Event,
  PaymentSucceededV1Event,
} from '@commerce/contracts';
import { catalogExample, createRecordingPublisher } from '@commerce/testing';
import { createOrderSaga } from '../../src/domain/order-saga.js';
import { viewOf } from '../../src/domain/order.js';
import type { OrderStore } from '../../src/domain/order-store.js';
import { createOrderPlacer } from '../../src/domain/place-order.js';
import { createInMemoryOrders } from './in-memory-orders.js';

type InMemoryOrders = ReturnType<typeof createInMemoryOrders>;

/**
 * Orders' domain on one store (in memory unless given): the placer and the saga; fixed ids and times.
 * (The cast: TypeScript cannot type a default value by a type parameter; S is InMemoryOrders then.)
 */
export const sagaFixture = <S extends OrderStore = InMemoryOrders>(
  orders: S = createInMemoryOrders() as unknown as S,
) => {
  const handoffs = createRecordingPublisher();
  const outcomes = createRecordingPublisher();
  let ids = 0;
  let clock = Date.parse('2026-11-22T10:00:00.000Z');
  const identities = {
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
    now: () => new Date((clock += 1000)),
  };
  return {
    orders,
    handoffs,
    outcomes,
    placer: createOrderPlacer({ orders, handoffs, identities }),
    saga: createOrderSaga({ orders, outcomes, identities }),
  };
};

/** The catalog's event about one order, rewritten to the order the fixture placed. */
const about = <E extends { data: { orderId: string } }>(event: E, orderId: string): E => {
  event.data.orderId = orderId;
  return event;
};

/**
 * The catalog's "two T-shirts and a mug" placed through the fixture, and the saga's possible answers
 * from the catalog, each rewritten to that order.
 */
export const placedTshirtsAndMug = async <S extends OrderStore = InMemoryOrders>(orders?: S) => {
  const fixture = sagaFixture(orders);
  const placed = catalogExample('OrderPlaced', 'two T-shirts and a mug') as OrderPlacedV1Event;
  const { orderId } = await fixture.placer.place(placed.data, { correlationId: placed.correlationId });
  const example = <E extends { data: { orderId: string } }>(type: string, title: string) =>
    about(catalogExample(type, title) as unknown as E, orderId);
  return {
    ...fixture,
    orderId,
    reserved: example<InventoryReservedV1Event>('InventoryReserved', 'two T-shirts and a mug, 52.48 EUR'),
    paid: example<PaymentSucceededV1Event>('PaymentSucceeded', '52.48 EUR charged'),
    declined: example<PaymentFailedV1Event>('PaymentFailed', 'card declined'),
    unreachable: example<PaymentFailedV1Event>('PaymentFailed', 'provider unreachable for five minutes'),
    outOfStock: example<InventoryReservationFailedV1Event>(
      'InventoryReservationFailed',
      'three hoodies wanted, one in stock',
    ),
    unknownSku: example<InventoryReservationFailedV1Event>('InventoryReservationFailed', 'a withdrawn poster'),
    view: async () => {
      const order = await fixture.orders.get(orderId);
      if (!order) throw new Error(`Order ${orderId} is gone`);
      return viewOf(order);
    },
  };
};
