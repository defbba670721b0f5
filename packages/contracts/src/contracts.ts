import type { DataOf, EnvelopeOf, EventContract, SchemaValidator } from '@commerce/shared-core/events';
// Types only: `import type` is erased, so the catalog's schemas and examples never reach a bundle.
// The data types below are re-derived from the contracts (DataOf) rather than re-exported, so the
// published declarations spell them out and need neither the catalog nor json-schema-to-ts.
import type * as InventoryCommitted from './catalog/events/inventory-committed.js';
import type * as InventoryReleased from './catalog/events/inventory-released.js';
import type * as InventoryReservationFailed from './catalog/events/inventory-reservation-failed.js';
import type * as InventoryReserved from './catalog/events/inventory-reserved.js';
import type * as NotificationSent from './catalog/events/notification-sent.js';
import type * as OrderCancelled from './catalog/events/order-cancelled.js';
import type * as OrderConfirmed from './catalog/events/order-confirmed.js';
import type * as OrderPlaced from './catalog/events/order-placed.js';
import type * as PaymentFailed from './catalog/events/payment-failed.js';
import type * as PaymentSucceeded from './catalog/events/payment-succeeded.js';
import {
  validateInventoryCommittedV1,
  validateInventoryReleasedV1,
  validateInventoryReservationFailedV1,
  validateInventoryReservedV1,
  validateNotificationSentV1,
  validateOrderCancelledV1,
  validateOrderConfirmedV1,
  validateOrderPlacedV1,
  validatePaymentFailedV1,
  validatePaymentSucceededV1,
} from './validators.generated.js';

/**
 * Pairs a generated validator with its event type and version, typed with the data type that
 * `FromSchema` derived from the same schema. Curried so the data type is named while the type and
 * version literals are inferred.
 */
const contractOf =
  <TData>() =>
  <TType extends string, TVersion extends number>(
    type: TType,
    version: TVersion,
    validate: (data: unknown) => boolean,
  ): EventContract<TType, TVersion, TData> =>
    Object.freeze({ type, version, validate: validate as SchemaValidator<TData> });

/** A customer placed an order (orders, SNS `orders-events`). */
export const OrderPlacedV1 = contractOf<OrderPlaced.OrderPlacedV1Data>()('OrderPlaced', 1, validateOrderPlacedV1);
/** The data of OrderPlaced v1. */
export type OrderPlacedV1Data = DataOf<typeof OrderPlacedV1>;
/** The envelope of OrderPlaced v1, as a receiver hands it over. */
export type OrderPlacedV1Event = EnvelopeOf<typeof OrderPlacedV1>;

/** Stock for every line is reserved and priced (inventory, SNS `inventory-events`). */
export const InventoryReservedV1 = contractOf<InventoryReserved.InventoryReservedV1Data>()(
  'InventoryReserved',
  1,
  validateInventoryReservedV1,
);
/** The data of InventoryReserved v1. */
export type InventoryReservedV1Data = DataOf<typeof InventoryReservedV1>;
/** The envelope of InventoryReserved v1, as a receiver hands it over. */
export type InventoryReservedV1Event = EnvelopeOf<typeof InventoryReservedV1>;

/** Stock could not be reserved, so none is held (inventory, SNS `inventory-events`). */
export const InventoryReservationFailedV1 = contractOf<InventoryReservationFailed.InventoryReservationFailedV1Data>()(
  'InventoryReservationFailed',
  1,
  validateInventoryReservationFailedV1,
);
/** The data of InventoryReservationFailed v1. */
export type InventoryReservationFailedV1Data = DataOf<typeof InventoryReservationFailedV1>;
/** The envelope of InventoryReservationFailed v1, as a receiver hands it over. */
export type InventoryReservationFailedV1Event = EnvelopeOf<typeof InventoryReservationFailedV1>;

/** The order total was charged (payments, SNS `payments-events`). */
export const PaymentSucceededV1 = contractOf<PaymentSucceeded.PaymentSucceededV1Data>()(
  'PaymentSucceeded',
  1,
  validatePaymentSucceededV1,
);
/** The data of PaymentSucceeded v1. */
export type PaymentSucceededV1Data = DataOf<typeof PaymentSucceededV1>;
/** The envelope of PaymentSucceeded v1, as a receiver hands it over. */
export type PaymentSucceededV1Event = EnvelopeOf<typeof PaymentSucceededV1>;

/** The order total could not be charged, for good (payments, SNS `payments-events`). */
export const PaymentFailedV1 = contractOf<PaymentFailed.PaymentFailedV1Data>()(
  'PaymentFailed',
  1,
  validatePaymentFailedV1,
);
/** The data of PaymentFailed v1. */
export type PaymentFailedV1Data = DataOf<typeof PaymentFailedV1>;
/** The envelope of PaymentFailed v1, as a receiver hands it over. */
export type PaymentFailedV1Event = EnvelopeOf<typeof PaymentFailedV1>;

/** An order is paid for and will be fulfilled (orders, EventBridge). Public. */
export const OrderConfirmedV1 = contractOf<OrderConfirmed.OrderConfirmedV1Data>()(
  'OrderConfirmed',
  1,
  validateOrderConfirmedV1,
);
/** The data of OrderConfirmed v1. */
export type OrderConfirmedV1Data = DataOf<typeof OrderConfirmedV1>;
/** The envelope of OrderConfirmed v1, as a receiver hands it over. */
export type OrderConfirmedV1Event = EnvelopeOf<typeof OrderConfirmedV1>;

/** An order will not be fulfilled (orders, EventBridge). Public. */
export const OrderCancelledV1 = contractOf<OrderCancelled.OrderCancelledV1Data>()(
  'OrderCancelled',
  1,
  validateOrderCancelledV1,
);
/** The data of OrderCancelled v1. */
export type OrderCancelledV1Data = DataOf<typeof OrderCancelledV1>;
/** The envelope of OrderCancelled v1, as a receiver hands it over. */
export type OrderCancelledV1Event = EnvelopeOf<typeof OrderCancelledV1>;

/** A paid order's reserved stock is committed (inventory, EventBridge). */
export const InventoryCommittedV1 = contractOf<InventoryCommitted.InventoryCommittedV1Data>()(
  'InventoryCommitted',
  1,
  validateInventoryCommittedV1,
);
/** The data of InventoryCommitted v1. */
export type InventoryCommittedV1Data = DataOf<typeof InventoryCommittedV1>;
/** The envelope of InventoryCommitted v1, as a receiver hands it over. */
export type InventoryCommittedV1Event = EnvelopeOf<typeof InventoryCommittedV1>;

/** Reserved stock is released after a failed payment (inventory, EventBridge). */
export const InventoryReleasedV1 = contractOf<InventoryReleased.InventoryReleasedV1Data>()(
  'InventoryReleased',
  1,
  validateInventoryReleasedV1,
);
/** The data of InventoryReleased v1. */
export type InventoryReleasedV1Data = DataOf<typeof InventoryReleasedV1>;
/** The envelope of InventoryReleased v1, as a receiver hands it over. */
export type InventoryReleasedV1Event = EnvelopeOf<typeof InventoryReleasedV1>;

/** A customer was emailed about their order (notifications, EventBridge). */
export const NotificationSentV1 = contractOf<NotificationSent.NotificationSentV1Data>()(
  'NotificationSent',
  1,
  validateNotificationSentV1,
);
/** The data of NotificationSent v1. */
export type NotificationSentV1Data = DataOf<typeof NotificationSentV1>;
/** The envelope of NotificationSent v1, as a receiver hands it over. */
export type NotificationSentV1Event = EnvelopeOf<typeof NotificationSentV1>;

/**
 * Every contract, for services that consume every event (analytics, platform's audit trace).
 *
 * @example
 * export const handler = createReceiver({ service: 'platform', name: 'audit', accepts: ALL_CONTRACTS, handler });
 */
export const ALL_CONTRACTS = [
  OrderPlacedV1,
  InventoryReservedV1,
  InventoryReservationFailedV1,
  PaymentSucceededV1,
  PaymentFailedV1,
  OrderConfirmedV1,
  OrderCancelledV1,
  InventoryCommittedV1,
  InventoryReleasedV1,
  NotificationSentV1,
] as const;

/** Any event of the catalog, discriminated by `type` and `version`. */
export type CommerceEvent = EnvelopeOf<(typeof ALL_CONTRACTS)[number]>;
