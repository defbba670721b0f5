import { randomUUID } from 'node:crypto';
import { derivedUuid } from '@commerce/shared-core/events';

/**
 * The id of an order placed with an Idempotency-Key: derived from the customer and the key, so a
 * retried request names the same order even when the first attempt crashed after writing it.
 * Without a key every request is a new order.
 */
export const orderIdFor = (customerId: string, idempotencyKey?: string): string =>
  idempotencyKey === undefined ? randomUUID() : derivedUuid(customerId, idempotencyKey);
