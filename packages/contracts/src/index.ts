/**
 * `@commerce/contracts`: one `EventContract` per event version, for `createReceiver({ accepts })`
 * and `createEvent(contract, data, origin)`, with the TypeScript types of each event's data and
 * envelope. Small at run time: the validators are compiled ahead of time and nothing else loads
 * (the schemas, examples and consumers live in `@commerce/contracts/catalog`).
 *
 * @example
 * import { OrderPlacedV1, type OrderPlacedV1Event } from '@commerce/contracts';
 * export const handler = createReceiver({ service: 'inventory', name: 'reserve-stock', accepts: [OrderPlacedV1], handler });
 */
export {
  ALL_CONTRACTS,
  InventoryCommittedV1,
  InventoryReleasedV1,
  InventoryReservationFailedV1,
  InventoryReservedV1,
  NotificationSentV1,
  OrderCancelledV1,
  OrderConfirmedV1,
  OrderPlacedV1,
  PaymentFailedV1,
  PaymentSucceededV1,
  type CommerceEvent,
  type InventoryCommittedV1Data,
  type InventoryCommittedV1Event,
  type InventoryReleasedV1Data,
  type InventoryReleasedV1Event,
  type InventoryReservationFailedV1Data,
  type InventoryReservationFailedV1Event,
  type InventoryReservedV1Data,
  type InventoryReservedV1Event,
  type NotificationSentV1Data,
  type NotificationSentV1Event,
  type OrderCancelledV1Data,
  type OrderCancelledV1Event,
  type OrderConfirmedV1Data,
  type OrderConfirmedV1Event,
  type OrderPlacedV1Data,
  type OrderPlacedV1Event,
  type PaymentFailedV1Data,
  type PaymentFailedV1Event,
  type PaymentSucceededV1Data,
  type PaymentSucceededV1Event,
} from './contracts.js';
