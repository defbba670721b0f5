import { createHash, randomUUID } from 'node:crypto';

/**
 * The id of an order placed with an Idempotency-Key: derived from the customer and the key, so a
 * retried request names the same order even when the first attempt crashed after writing it. The
 * hash is shaped as an RFC 9562 UUID (version 8, "custom"), like every other order id.
 */
export const orderIdFor = (customerId: string, idempotencyKey?: string): string => {
  if (idempotencyKey === undefined) return randomUUID();
  const hex = createHash('sha256').update(`${customerId}\n${idempotencyKey}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
