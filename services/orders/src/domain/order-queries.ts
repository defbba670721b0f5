import { CommerceError, NotFoundError, ValidationError } from '@commerce/shared-core';
import { viewOf, type OrderView } from './order.js';
import type { OrderStore } from './order-store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `placedAt` as orders writes it: the OrderPlaced event's time, a UTC RFC 3339 date-time. */
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Who asks: the JWT subject in deployed stages; undefined locally, where no authorizer runs. */
export type Caller = string | undefined;

const forbiddenUnlessOwn = (caller: Caller, customerId: string): void => {
  if (caller !== undefined && caller !== customerId) {
    throw new CommerceError('FORBIDDEN', 'Customers may only see and place their own orders');
  }
};

/** The page cursor: the index key to continue after, opaque to clients (base64url JSON). */
const encodeCursor = (key: Record<string, unknown>): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * The cursor back as the index key it was made from. It becomes DynamoDB's ExclusiveStartKey, so
 * each value is checked as a key of its own, not only its type: an empty or oversize orderId or
 * placedAt is a DynamoDB ValidationException, a 500, where a forged cursor deserves a 400.
 */
const decodeCursor = (cursor: string, customerId: string): Record<string, unknown> => {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const fields = ['orderId', 'customerId', 'placedAt'];
    const wellFormed =
      typeof key === 'object' &&
      key !== null &&
      Object.keys(key).sort().join() === [...fields].sort().join() &&
      typeof key['orderId'] === 'string' &&
      UUID.test(key['orderId']) &&
      typeof key['placedAt'] === 'string' &&
      UTC_TIME.test(key['placedAt']) &&
      key['customerId'] === customerId;
    if (wellFormed) return key;
  } catch {
    // Reported below, like a cursor that parses to something else.
  }
  throw new CommerceError('BAD_REQUEST', 'cursor is not one this API returned for this customer');
};

const pageSizeOf = (limit: string | undefined): number => {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  const size = Number(limit);
  if (!/^\d+$/.test(limit) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new ValidationError('limit must be a whole number from 1 to 100', [
      { path: '/limit', message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` },
    ]);
  }
  return size;
};

/**
 * The read side of the API: one order with its timeline, and a customer's orders newest first,
 * a page at a time. A customer sees only their own orders; another's is a 404, as if absent.
 */
export const createOrderQueries = (orders: Pick<OrderStore, 'get' | 'listByCustomer'>) => ({
  async get(orderId: string, caller: Caller): Promise<OrderView> {
    // Checked before it becomes a DynamoDB key: a 3 KB "id" would be a 500 from DynamoDB, not a 404.
    const order = UUID.test(orderId) ? await orders.get(orderId.toLowerCase()) : undefined;
    if (!order || (caller !== undefined && caller !== order.customerId)) {
      throw new NotFoundError(`No order ${orderId.slice(0, 64)}`);
    }
    return viewOf(order);
  },

  async list(query: { customerId?: string; limit?: string; cursor?: string }, caller: Caller) {
    const { customerId } = query;
    if (!customerId || !UUID.test(customerId)) {
      throw new ValidationError('customerId must be a UUID', [{ path: '/customerId', message: 'must be a UUID' }]);
    }
    forbiddenUnlessOwn(caller, customerId);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, customerId);
    const page = await orders.listByCustomer(customerId, pageSizeOf(query.limit), after);
    return { items: page.orders.map(viewOf), ...(page.next && { nextCursor: encodeCursor(page.next) }) };
  },
});

export { forbiddenUnlessOwn };
export type OrderQueries = ReturnType<typeof createOrderQueries>;
