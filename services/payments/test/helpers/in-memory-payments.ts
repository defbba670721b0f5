import type { Payment } from '../../src/domain/payment.js';
import type { PaymentStore } from '../../src/domain/payment-store.js';

/**
 * PaymentStore in memory with the table's conditions (create once; attempt n only after n - 1,
 * while PENDING). The integration tests hold the DynamoDB table to the same behaviour.
 */
export const createInMemoryPayments = (): PaymentStore & { items: Map<string, Payment> } => {
  const items = new Map<string, Payment>();
  return {
    items,
    async get(orderId) {
      const item = items.get(orderId);
      return item && structuredClone(item);
    },
    async create(payment) {
      if (items.has(payment.orderId)) return 'exists';
      items.set(payment.orderId, structuredClone(payment));
      return 'created';
    },
    async recordAttempt(orderId, { attempt, settle }) {
      const item = items.get(orderId);
      if (!item || item.status !== 'PENDING' || item.attempts.length !== attempt.attempt - 1) return 'conflict';
      item.attempts.push(structuredClone(attempt));
      if (settle) Object.assign(item, structuredClone(settle));
      return 'recorded';
    },
  };
};
