import { randomUUID } from 'node:crypto';
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
import { deriveEvent, type DataOf, type EnvelopeOf, type EventContract } from '@commerce/shared-core/events';
import type { FailedReservation, HeldReservation, RecordedEvent, SettledReservation } from './reservation.js';
import { SERVICE } from './service.js';

/** Where new event ids and times come from; tests pass fixed ones. */
export interface EventIdentities {
  newId(): string;
  now(): Date;
}

export const systemIdentities: EventIdentities = { newId: randomUUID, now: () => new Date() };

/** The identity of the event that `cause` leads to, minted before anything is written so it can be stored. */
export const recordEvent = (
  cause: { id: string; correlationId: string },
  identities: EventIdentities,
): RecordedEvent => ({
  id: identities.newId(),
  time: identities.now().toISOString(),
  correlationId: cause.correlationId,
  causationId: cause.id,
});

/**
 * The envelope of a recorded event. deriveEvent validates the data against the contract, so an
 * event consumers would refuse fails here; the recorded id and time then replace the fresh ones,
 * so every rebuild of one record is the same event.
 */
const envelopeOf = <C extends EventContract>(contract: C, data: DataOf<C>, recorded: RecordedEvent): EnvelopeOf<C> =>
  Object.assign(
    deriveEvent({ id: recorded.causationId, correlationId: recorded.correlationId }, contract, data, SERVICE),
    {
      id: recorded.id,
      time: recorded.time,
    },
  );

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
