import { findEntry } from '@commerce/contracts/catalog';

/**
 * The request bodies of the HTTP API, as JSON Schemas, compiled into validators.generated.ts by
 * `pnpm --filter @commerce/orders generate` (ajv standalone: neither ajv nor the catalog at run
 * time). POST /orders takes exactly OrderPlaced's customer, lines and token, so its rules (SKU
 * pattern, quantities 1 to 999, 1 to 50 lines, token shape) are the contract's, by construction.
 */
const orderPlaced = findEntry('OrderPlaced', 1);
if (!orderPlaced) throw new Error('The catalog has no OrderPlaced v1');
const { customerId, items, paymentToken } = (orderPlaced.schema as { properties: Record<string, object> }).properties;

export const placeOrderSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['customerId', 'items', 'paymentToken'],
  properties: { customerId, items, paymentToken },
};

/** Keyed by the name each validator is exported under. */
export const schemas = { validatePlaceOrder: placeOrderSchema };
