import { createRecordingPublisher } from '@commerce/testing';
import { createOrderSaga } from '../../src/domain/order-saga.js';
import { createOrderPlacer } from '../../src/domain/place-order.js';
import { createInMemoryOrders } from './in-memory-orders.js';

/** Orders' domain on fakes: the placer and the saga share one store; fixed ids and times. */
export const sagaFixture = () => {
  const orders = createInMemoryOrders();
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
