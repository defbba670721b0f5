import { randomUUID } from 'node:crypto';

/** A SKU no other test (or the seed) uses. */
export const freshSku = (name: string) => `E2E-${name}-${randomUUID().slice(0, 8)}`.toUpperCase();

/** A new customer's order of one line; `paymentToken` picks the payment simulator's answer. */
export const orderOf = (sku: string, quantity: number, paymentToken = 'tok_ok') => ({
  customerId: randomUUID(),
  items: [{ sku, quantity }],
  paymentToken,
});
