import type { PaymentFailedV1Event, PaymentSucceededV1Event } from '@commerce/contracts';
import { DependencyError } from '@commerce/shared-core';
import type { Publisher } from '@commerce/shared-core/publishers';
import { ConflictingPaymentOutcomeError, ReservationNotFoundError } from './errors.js';
import { recordEvent, settlementEvent, systemIdentities, type EventIdentities } from './events.js';
import type { SettledReservation } from './reservation.js';
import type { ReservationStore } from './reservation-store.js';

export type PaymentOutcomeEvent = PaymentSucceededV1Event | PaymentFailedV1Event;

export interface ReservationSettlerDependencies {
  reservations: ReservationStore;
  /** Platform's EventBridge bus, where outcomes go. */
  outcomes: Publisher;
  identities?: EventIdentities;
}

/** `committed` / `released` by this delivery, or `republished` for a duplicate of the same outcome. */
export type SettleOutcome = 'committed' | 'released' | 'republished';

const settledStatusOf = (payment: PaymentOutcomeEvent): SettledReservation['status'] =>
  payment.type === 'PaymentSucceeded' ? 'COMMITTED' : 'RELEASED';

/** A lost race with a concurrent duplicate costs one round; the next read sees its result. */
const MAX_ROUNDS = 3;

/**
 * Commits a reservation when its payment succeeded, releases it when the payment failed. The
 * reservation's status is the idempotency record: only a RESERVED reservation moves, in one
 * transaction with its stock, so a duplicate finds it settled and republishes the recorded event.
 * A payment outcome ahead of its reservation is retried by the queue (ReservationNotFoundError);
 * one that contradicts the settled status goes to the DLQ (ConflictingPaymentOutcomeError).
 *
 * @example
 * const settler = createReservationSettler({ reservations, outcomes });
 * await settler.settle(paymentSucceeded); // 'committed'
 */
export const createReservationSettler = (dependencies: ReservationSettlerDependencies) => {
  const { reservations, outcomes, identities = systemIdentities } = dependencies;

  const round = async (payment: PaymentOutcomeEvent): Promise<SettleOutcome | undefined> => {
    const { orderId } = payment.data;
    const reservation = await reservations.getReservation(orderId);
    if (!reservation) throw new ReservationNotFoundError(orderId);
    const status = settledStatusOf(payment);

    if (reservation.status === 'RESERVED') {
      const settled: SettledReservation = { ...reservation, status, settlement: recordEvent(payment, identities) };
      const event = settlementEvent(settled);
      if ((await reservations.settle(settled)) === 'not-reserved') return undefined;
      await outcomes.publish(event);
      return status === 'COMMITTED' ? 'committed' : 'released';
    }
    if (reservation.status === status) {
      await outcomes.publish(settlementEvent(reservation));
      return 'republished';
    }
    throw new ConflictingPaymentOutcomeError(orderId, reservation.status, payment.type);
  };

  return {
    async settle(payment: PaymentOutcomeEvent): Promise<SettleOutcome> {
      for (let attempt = 1; attempt <= MAX_ROUNDS; attempt += 1) {
        const outcome = await round(payment);
        if (outcome) return outcome;
      }
      throw new DependencyError(`Reservation of order ${payment.data.orderId} kept changing; the queue will retry`, {
        details: { orderId: payment.data.orderId, rounds: MAX_ROUNDS },
      });
    },
  };
};

export type ReservationSettler = ReturnType<typeof createReservationSettler>;
