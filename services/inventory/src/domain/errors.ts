import { ConflictError, NotFoundError } from '@commerce/shared-core';
import type { ReservationStatus } from './reservation.js';

/**
 * A payment outcome for an order inventory has no reservation for. InventoryReserved is published
 * only after the reservation is written, so this is an event overtaking its cause (a replay, a
 * redrive, a shuffled test). Retryable: the queue brings it back after the visibility timeout, and
 * it settles once the reservation exists, or ends in the DLQ after maxReceiveCount, never dropped.
 */
export class ReservationNotFoundError extends NotFoundError<{ orderId: string }> {
  override name = 'ReservationNotFoundError';
  constructor(orderId: string) {
    super(`No reservation for order ${orderId} yet`, { details: { orderId }, retryable: true });
  }
}

/**
 * A payment outcome that contradicts how the reservation already ended (PaymentSucceeded after the
 * stock was released, say). No retry can reconcile it: not retryable, so it goes to the DLQ and its
 * alarm, for a person to look at.
 */
export class ConflictingPaymentOutcomeError extends ConflictError<{
  orderId: string;
  status: ReservationStatus;
  outcome: string;
}> {
  override name = 'ConflictingPaymentOutcomeError';
  constructor(orderId: string, status: ReservationStatus, outcome: string) {
    super(`${outcome} for order ${orderId}, whose reservation is ${status}`, {
      details: { orderId, status, outcome },
      retryable: false,
    });
  }
}
