import {
  PaymentFailedV1,
  PaymentSucceededV1,
  type InventoryReservedV1Event,
  type PaymentFailedV1Event,
  type PaymentSucceededV1Event,
} from '@commerce/contracts';
import { deriveEvent } from '@commerce/shared-core/events';
import type { SettledPayment } from './payment.js';
import { SERVICE } from './service.js';

/**
 * The outcome event of a settled payment, rebuilt from its recorded id and time: every rebuild,
 * after a crash or a redelivery, is the same event. deriveEvent checks the data against the
 * contract, so an event consumers would refuse fails here, before anything is published.
 */
export const outcomeEvent = (
  payment: SettledPayment,
  cause: InventoryReservedV1Event,
): PaymentSucceededV1Event | PaymentFailedV1Event => {
  const { orderId, paymentId, amount, currency, outcome } = payment;
  return payment.status === 'SUCCEEDED'
    ? deriveEvent(
        cause,
        PaymentSucceededV1,
        { orderId, paymentId, amount, currency, chargedAt: outcome.time },
        SERVICE,
        outcome,
      )
    : deriveEvent(
        cause,
        PaymentFailedV1,
        { orderId, paymentId, amount, currency, reason: payment.reason ?? 'DECLINED', failedAt: outcome.time },
        SERVICE,
        outcome,
      );
};
