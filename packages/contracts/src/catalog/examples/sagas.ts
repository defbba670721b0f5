/**
 * The envelope side of the example events: for each example order, the id and time of every event
 * of its saga, one correlation id for the whole saga, and causation ids that point at the event
 * each step reacts to. Read together with orders.ts, CATALOG.md traces an order from the request
 * that placed it to the email that closed it, as the platform's audit trace would.
 */
import {
  bulkOrder,
  confirmedOrder,
  declinedOrder,
  outOfStockOrder,
  providerDownOrder,
  sentNotifications,
  unknownSkuOrder,
} from './orders.js';

/** The envelope fields of one example event other than its type, version, source and data. */
export interface ExampleTrace {
  readonly id: string;
  readonly time: string;
  readonly correlationId: string;
  readonly causationId: string;
}

interface Step<TName extends string> {
  readonly id: string;
  readonly time: string;
  /** The step this one reacts to; absent for OrderPlaced, which the customer's HTTP request caused. */
  readonly after?: TName;
}

/**
 * The traces of one saga. The first event's causation id is the correlation id, as `createEvent`
 * defaults it when a request has no id of its own; every later one names the event it reacts to.
 */
const saga = <TName extends string>(
  correlationId: string,
  steps: Record<TName, Step<NoInfer<TName>>>,
): Record<TName, ExampleTrace> => {
  const entries = Object.entries<Step<TName>>(steps).map(([name, { id, time, after }]) => {
    const causationId = after === undefined ? correlationId : steps[after].id;
    return [name, { id, time, correlationId, causationId }] as const;
  });
  return Object.fromEntries(entries) as Record<TName, ExampleTrace>;
};

/** Placed, reserved, charged, confirmed, committed, emailed: the happy path. */
export const confirmedSaga = saga('a988785e-30a4-451d-86e1-58cb1ca78c9e', {
  placed: { id: '07d66c24-c575-4567-a4fd-e1b6cf9e7632', time: confirmedOrder.placedAt },
  reserved: { id: '0271db36-1c51-4004-8ad8-6a8ddb9ef53f', time: confirmedOrder.reservedAt, after: 'placed' },
  charged: { id: '7f34b4f1-8e69-4526-b0ef-5a093f879aa7', time: confirmedOrder.settledAt, after: 'reserved' },
  confirmed: { id: 'e8943fb5-282e-4d7f-ae69-128dcf494b35', time: confirmedOrder.confirmedAt, after: 'charged' },
  committed: { id: '93079a13-6bd7-4fb2-a1f5-e75631918ede', time: '2025-03-14T09:26:56.118Z', after: 'charged' },
  notified: {
    id: '4e7fedce-73ab-4af2-b8ef-83de05182656',
    time: sentNotifications.confirmed.sentAt,
    after: 'confirmed',
  },
});

/** The happy path of a larger order. */
export const bulkSaga = saga('c0628a65-77d1-41ea-b2ad-e365c9cf4748', {
  placed: { id: 'e522ddc3-ff77-4a14-9e6a-2a4bb2db13a1', time: bulkOrder.placedAt },
  reserved: { id: '69c8595a-e3ff-4d17-a24e-2267b0e66061', time: bulkOrder.reservedAt, after: 'placed' },
  charged: { id: 'd60f6269-fa3e-4ed5-8cc3-c2432f17b42a', time: bulkOrder.settledAt, after: 'reserved' },
  confirmed: { id: 'c4e42336-5fb1-436e-bcc6-e7077a424f81', time: bulkOrder.confirmedAt, after: 'charged' },
  committed: { id: '286ecffa-0436-4e91-a39f-f1503dcfc107', time: '2025-03-14T11:02:19.502Z', after: 'charged' },
});

/** Placed, no stock, cancelled. */
export const outOfStockSaga = saga('c6f1c35e-629e-4011-9a33-515566bd6834', {
  placed: { id: 'cffa4aac-0dfa-4f47-a536-7c490dae7b4b', time: outOfStockOrder.placedAt },
  unavailable: { id: 'a46ee8b6-a994-4bde-8470-2e99158c5177', time: '2025-03-14T12:45:30.611Z', after: 'placed' },
  cancelled: { id: '4d02e34e-00b9-4d6c-9b05-d67b14c31453', time: outOfStockOrder.cancelledAt, after: 'unavailable' },
});

/** Placed with a SKU inventory no longer lists, cancelled. */
export const unknownSkuSaga = saga('66222202-b6e2-4044-a890-00b91db84c3d', {
  placed: { id: 'a55c0ec5-df6f-4988-b8f2-59af83f1f100', time: unknownSkuOrder.placedAt },
  unavailable: { id: '52a16585-da14-4feb-b4cd-ee304e9a6858', time: '2025-03-15T08:13:45.207Z', after: 'placed' },
  cancelled: { id: '786878c7-48ea-4fb5-904d-727083a8b0e4', time: unknownSkuOrder.cancelledAt, after: 'unavailable' },
});

/** Placed, reserved, card declined: stock released and order cancelled (in either order), customer emailed. */
export const declinedSaga = saga('c25569af-441d-4cb6-bc16-904a7625880d', {
  placed: { id: '5d311723-8c65-40ec-8a4d-724fab00a2de', time: declinedOrder.placedAt },
  reserved: { id: '1b4aba2c-4821-4f04-9b8a-f350192b7428', time: declinedOrder.reservedAt, after: 'placed' },
  failed: { id: '391bb3c1-3a34-4021-84a7-f8ec9986ec50', time: declinedOrder.settledAt, after: 'reserved' },
  released: { id: '7189b19a-5be6-4dde-8899-8fd3477acc17', time: '2025-03-15T17:30:04.395Z', after: 'failed' },
  cancelled: { id: '5803d474-8a6c-4455-a320-82f0ff6f58d0', time: declinedOrder.cancelledAt, after: 'failed' },
  notified: { id: '68409431-5e40-443d-b29b-7ee4db67f9d7', time: sentNotifications.declined.sentAt, after: 'cancelled' },
});

/** Placed, reserved, payment provider down past payments' retries: released and cancelled. */
export const providerDownSaga = saga('7dcfcb15-caba-46b0-bd1e-f04194eb35ec', {
  placed: { id: '6f3deb73-f4dd-4ffd-869e-8b6abc5f2d57', time: providerDownOrder.placedAt },
  reserved: { id: '03fc0ab8-2559-46f4-9bce-91fb988c96a2', time: providerDownOrder.reservedAt, after: 'placed' },
  failed: { id: '5e34732f-8128-47bd-97e7-ea39775a5e7a', time: providerDownOrder.settledAt, after: 'reserved' },
  released: { id: '1447f4ec-ca9b-45b2-b874-4c4ba6d9b51c', time: '2025-03-16T02:16:13.087Z', after: 'failed' },
  cancelled: { id: '450ac8ec-8cec-4897-8300-24aacf462313', time: providerDownOrder.cancelledAt, after: 'failed' },
});

/** Every example saga, for tests that check the traces hang together. */
export const EXAMPLE_SAGAS = [
  confirmedSaga,
  bulkSaga,
  outOfStockSaga,
  unknownSkuSaga,
  declinedSaga,
  providerDownSaga,
] as const;
