import { createHash } from 'node:crypto';

/**
 * A UUID that is a function of `parts`: the same parts always name the same thing, so a retry or a
 * redelivery that must not create a second order, notification or charge finds the first one by
 * its id. SHA-256 of the parts (newline-joined), shaped as an RFC 9562 UUID version 8 ("custom").
 * Different parts collide only as SHA-256 prefixes do (122 bits).
 *
 * @example
 * derivedUuid(customerId, idempotencyKey); // the order a retried POST /orders resumes
 * derivedUuid(orderId, 'order-confirmed'); // the one confirmation message of an order
 */
export const derivedUuid = (...parts: readonly string[]): string => {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
