import { NotFoundError } from '@commerce/shared-core';
import type { PaymentStore } from './payment-store.js';

/** Order ids are UUIDs (orders mints them); anything else names no payment. */
const ORDER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A payment as the API shows it: state, amount and every attempt, without the outcome event's
 * identity (internal) and never a token (not stored).
 */
export const createPaymentView = (payments: Pick<PaymentStore, 'get'>) => ({
  async get(orderId: string) {
    // Checked before it becomes a DynamoDB key: a 3 KB "id" would be a 500 from DynamoDB, not a 404.
    const payment = ORDER_ID.test(orderId) ? await payments.get(orderId.toLowerCase()) : undefined;
    if (!payment) throw new NotFoundError(`No payment for order ${orderId.slice(0, 64)}`);
    const { outcome: _outcome, ...shown } = payment;
    return shown;
  },
});
