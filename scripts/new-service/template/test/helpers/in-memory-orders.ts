import type { ConfirmedOrder, ConfirmedOrderStore } from '../../src/domain/confirmed-order.js';

/**
 * ConfirmedOrderStore in memory with the table's condition (create once per order id). The
 * integration test holds the DynamoDB table to the same behaviour.
 */
export const createInMemoryOrders = (): ConfirmedOrderStore & { items: Map<string, ConfirmedOrder> } => {
  const items = new Map<string, ConfirmedOrder>();
  return {
    items,
    async get(orderId) {
      const item = items.get(orderId);
      return item && structuredClone(item);
    },
    async create(order) {
      if (items.has(order.orderId)) return 'exists';
      items.set(order.orderId, structuredClone(order));
      return 'created';
    },
  };
};
