import type { Order } from '../../src/domain/order.js';
import type { OrderStore } from '../../src/domain/order-store.js';

/**
 * OrderStore in memory with the table's conditions (create once; withdraw only untouched; settle only PENDING, confirm only
 * priced; timeline keyed by event id). The integration tests hold the DynamoDB table to the same.
 */
export const createInMemoryOrders = (): OrderStore & { items: Map<string, Order> } => {
  const items = new Map<string, Order>();
  return {
    items,
    async get(orderId) {
      const order = items.get(orderId);
      return order && structuredClone(order);
    },
    async create(order) {
      if (items.has(order.orderId)) return 'exists';
      items.set(order.orderId, structuredClone(order));
      return 'created';
    },
    async withdraw(orderId) {
      const order = items.get(orderId);
      if (!order || order.status !== 'PENDING' || Object.keys(order.timeline).length !== 1) return 'kept';
      items.delete(orderId);
      return 'withdrawn';
    },
    async recordPricing(orderId, pricing, entry) {
      const order = items.get(orderId);
      if (!order) return 'missing';
      Object.assign(order, structuredClone(pricing));
      order.timeline[entry.eventId] = { ...entry };
      return 'recorded';
    },
    async settle(orderId, { status, reason, outcome, entries }) {
      const order = items.get(orderId);
      if (!order || order.status !== 'PENDING' || (status === 'CONFIRMED' && order.total === undefined)) {
        return 'refused';
      }
      Object.assign(order, { status, outcome: { ...outcome }, ...(reason && { reason }) });
      for (const entry of entries) order.timeline[entry.eventId] = { ...entry };
      return 'settled';
    },
    async addTimelineEntry(orderId, entry) {
      const order = items.get(orderId);
      if (order) order.timeline[entry.eventId] ??= { ...entry };
    },
    async listByCustomer(customerId, limit, after) {
      const mine = [...items.values()]
        .filter((order) => order.customerId === customerId)
        .sort((a, b) => b.placedAt.localeCompare(a.placedAt));
      const start = after ? mine.findIndex((order) => order.orderId === after['orderId']) + 1 : 0;
      const page = mine.slice(start, start + limit);
      const last = page.at(-1);
      const more = start + limit < mine.length && last;
      return {
        orders: structuredClone(page),
        ...(more && { next: { orderId: last.orderId, customerId, placedAt: last.placedAt } }),
      };
    },
  };
};
