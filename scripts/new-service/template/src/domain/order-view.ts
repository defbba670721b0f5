import { NotFoundError } from '@commerce/shared-core';
import type { ConfirmedOrder, ConfirmedOrderStore } from './confirmed-order.js';

/** Order ids are UUIDs (orders mints them); anything else names no order. */
const ORDER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A recorded order as the API shows it; an order this service was not told about is a 404. */
export const createOrderView = (orders: Pick<ConfirmedOrderStore, 'get'>) => ({
  async get(orderId: string): Promise<ConfirmedOrder> {
    // Checked before it becomes a DynamoDB key: a 3 KB "id" would be a 500 from DynamoDB, not a 404.
    const order = ORDER_ID.test(orderId) ? await orders.get(orderId.toLowerCase()) : undefined;
    if (!order) throw new NotFoundError(`No confirmed order ${orderId.slice(0, 64)}`);
    return order;
  },
});

export type OrderView = ReturnType<typeof createOrderView>;
