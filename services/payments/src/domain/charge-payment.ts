import { randomUUID } from 'node:crypto';
import type { InventoryReservedV1Event } from '@commerce/contracts';
import { DependencyError } from '@commerce/shared-core';
import type { Publisher } from '@commerce/shared-core/publishers';
import { backoffSeconds, type BackoffSettings } from './backoff.js';
import { outcomeEvent } from './events.js';
import { isSettled, type ChargeAttempt, type Payment, type SettledPayment } from './payment.js';
import type { AttemptRecord, PaymentStore } from './payment-store.js';
import { ProviderUnavailableError, type ChargeResult, type PaymentProvider } from './provider.js';

export interface PaymentChargerDependencies {
  payments: PaymentStore;
  provider: PaymentProvider;
  /** Payments' own SNS topic, where the outcome goes. */
  handoffs: Publisher;
  /** Attempts before a provider that keeps failing transiently ends the payment (PROVIDER_UNAVAILABLE). */
  maxAttempts: number;
  backoff: BackoffSettings;
  newId?: () => string;
  now?: () => Date;
}

/** How the delivery being handled is retried: hidden in its queue for `seconds`, then received again. */
export interface Delivery {
  retryAfter(seconds: number): Promise<void>;
}

/**
 * - `succeeded` / `failed`: this delivery charged (or was refused), recorded and published the outcome;
 * - `republished`: the outcome was recorded earlier and is published again, as the same event.
 */
export type ChargeOutcome = 'succeeded' | 'failed' | 'republished';

/** A transient provider failure; the delivery comes back after its backoff. */
export class ChargeRetryError extends DependencyError {
  override name = 'ChargeRetryError';
}

const attemptOf = (attempt: number, at: string, result: ChargeResult | Error): ChargeAttempt =>
  result instanceof Error
    ? { attempt, at, outcome: 'TRANSIENT_ERROR', detail: result.message }
    : result.outcome === 'succeeded'
      ? { attempt, at, outcome: 'SUCCEEDED', providerReference: result.reference }
      : { attempt, at, outcome: 'DECLINED', detail: result.code };

/**
 * Charges the reserved total of an order (InventoryReserved). The payment is keyed by orderId and
 * settles once: a redelivered event finds it settled and publishes the recorded outcome again,
 * with no second call to the provider. While it is pending, each delivery makes the next attempt,
 * recorded only if no other delivery recorded that attempt first; the provider's idempotency key
 * (the payment id) makes even a racing second call harmless. A transient failure is retried
 * through the queue after a growing backoff, never by sleeping here, and after `maxAttempts` the
 * payment fails as PROVIDER_UNAVAILABLE, so the saga compensates instead of leaving stock held.
 *
 * @example
 * const charger = createPaymentCharger({ payments, provider, handoffs, maxAttempts: 4, backoff });
 * await charger.charge(inventoryReserved, { retryAfter: (seconds) => queue.hide(receiptHandle, seconds) });
 */
export const createPaymentCharger = (dependencies: PaymentChargerDependencies) => {
  const { payments, provider, handoffs, maxAttempts, backoff } = dependencies;
  const newId = dependencies.newId ?? randomUUID;
  const now = dependencies.now ?? (() => new Date());

  const paymentOf = async (reserved: InventoryReservedV1Event): Promise<Payment> => {
    const { orderId, total, currency } = reserved.data;
    const existing = await payments.get(orderId);
    if (existing) return existing;
    const created: Payment = { orderId, paymentId: newId(), amount: total, currency, status: 'PENDING', attempts: [] };
    if ((await payments.create(created)) === 'created') return created;
    const winner = await payments.get(orderId);
    if (!winner) throw new DependencyError(`Payment for order ${orderId} vanished after it was created`);
    return winner;
  };

  const callProvider = async (payment: Payment, reserved: InventoryReservedV1Event, attempt: number) => {
    try {
      return await provider.charge({
        idempotencyKey: payment.paymentId,
        amount: payment.amount,
        currency: payment.currency,
        token: reserved.data.paymentToken,
        attempt,
      });
    } catch (error) {
      if (error instanceof ProviderUnavailableError) return error;
      throw error;
    }
  };

  /** What attempt n settles, if anything: success, decline, or the last transient failure allowed. */
  const settlementOf = (result: ChargeResult | Error, attempt: number): AttemptRecord['settle'] => {
    const outcome = { id: newId(), time: now().toISOString() };
    if (!(result instanceof Error)) {
      return result.outcome === 'succeeded'
        ? { status: 'SUCCEEDED', outcome }
        : { status: 'FAILED', reason: 'DECLINED', outcome };
    }
    return attempt >= maxAttempts ? { status: 'FAILED', reason: 'PROVIDER_UNAVAILABLE', outcome } : undefined;
  };

  return {
    async charge(reserved: InventoryReservedV1Event, delivery: Delivery): Promise<ChargeOutcome> {
      const payment = await paymentOf(reserved);
      if (isSettled(payment)) {
        await handoffs.publish(outcomeEvent(payment, reserved));
        return 'republished';
      }
      const attempt = payment.attempts.length + 1;
      const result = await callProvider(payment, reserved, attempt);
      const record: AttemptRecord = { attempt: attemptOf(attempt, now().toISOString(), result) };
      const settle = settlementOf(result, attempt);
      if (settle) record.settle = settle;
      if ((await payments.recordAttempt(payment.orderId, record)) === 'conflict') {
        // Another delivery recorded this attempt first; the next delivery sees what it recorded.
        throw new DependencyError(`Attempt ${attempt} for order ${payment.orderId} was recorded by another delivery`);
      }
      if (!settle) {
        const seconds = backoffSeconds(attempt, backoff);
        await delivery.retryAfter(seconds);
        throw new ChargeRetryError(`The payment provider failed attempt ${attempt}; retrying in ${seconds} s`, {
          cause: result,
          details: { orderId: payment.orderId, attempt, retryInSeconds: seconds },
        });
      }
      const settled: SettledPayment = {
        ...payment,
        status: settle.status,
        ...(settle.reason && { reason: settle.reason }),
        attempts: [...payment.attempts, record.attempt],
        outcome: settle.outcome,
      };
      await handoffs.publish(outcomeEvent(settled, reserved));
      return settle.status === 'SUCCEEDED' ? 'succeeded' : 'failed';
    },
  };
};

export type PaymentCharger = ReturnType<typeof createPaymentCharger>;
