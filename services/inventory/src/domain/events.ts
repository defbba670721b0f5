import {
  InventoryCommittedV1,
  InventoryReleasedV1,
  InventoryReservationFailedV1,
  InventoryReservedV1,
  type InventoryCommittedV1Event,
  type InventoryReleasedV1Event,
  type InventoryReservationFailedV1Event,
  type InventoryReservedV1Event,
} from '@commerce/contracts';
import {
  deriveEvent,
  type DataOf,
  type EnvelopeOf,
  type EventContract,
  type RecordedEvent,
} from '@commerce/shared-core/events';
import type { FailedReservation, HeldReservation, SettledReservation } from './reservation.js';
import { SERVICE } from './service.js';

// Minted before a reservation is written and stored with it (shared-core); re-exported for the domain.
export { recordEvent, systemIdentities, type EventIdentities } from '@commerce/shared-core/events';

/**
 * The envelope of a recorded event. deriveEvent validates the data against the contract, so an
 * event consumers would refuse fails here, and takes the recorded id and time, so every rebuild of
 * one record is the same event.
 */
const envelopeOf = <C extends EventContract>(contract: C, data: DataOf<C>, recorded: RecordedEvent): EnvelopeOf<C> =>
  deriveEvent({ id: recorded.causationId, correlationId: recorded.correlationId }, contract, data, SERVICE, recorded);

/**
 * InventoryReserved. The payment token is not stored with the reservation (it must not outlive the
 * charge), so it comes from the OrderPlaced being handled, original or redelivered.
 */
export const reservedEvent = (
  reservation: HeldReservation | SettledReservation,
  paymentToken: string,
): InventoryReservedV1Event =>
  envelopeOf(
    InventoryReservedV1,
    {
      orderId: reservation.orderId,
      customerId: reservation.customerId,
      items: reservation.lines,
      total: reservation.total,
      currency: reservation.currency,
      paymentToken,
      reservedAt: reservation.outcome.time,
    },
    reservation.outcome,
  );

export const reservationFailedEvent = (reservation: FailedReservation): InventoryReservationFailedV1Event =>
  envelopeOf(
    InventoryReservationFailedV1,
    { orderId: reservation.orderId, reason: reservation.reason, unavailable: reservation.unavailable },
    reservation.outcome,
  );

const unpricedLines = ({ lines }: SettledReservation) => lines.map(({ sku, quantity }) => ({ sku, quantity }));

/** InventoryCommitted or InventoryReleased, whichever the settled status says. */
export const settlementEvent = (
  reservation: SettledReservation,
): InventoryCommittedV1Event | InventoryReleasedV1Event =>
  reservation.status === 'COMMITTED'
    ? envelopeOf(
        InventoryCommittedV1,
        { orderId: reservation.orderId, items: unpricedLines(reservation) },
        reservation.settlement,
      )
    : envelopeOf(
        InventoryReleasedV1,
        { orderId: reservation.orderId, items: unpricedLines(reservation), reason: 'PAYMENT_FAILED' },
        reservation.settlement,
      );
