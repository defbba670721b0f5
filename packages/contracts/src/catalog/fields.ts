/**
 * Schema fragments shared by event schemas, so one field means the same thing in every event.
 * Each is `as const` so `FromSchema` can derive exact types from the schemas that spread them.
 *
 * Bounds here are sanity limits that reject garbage, not business rules (those live in the
 * producing service). Choose them generously: once a version is published, tightening or loosening
 * a bound is a breaking change.
 */

/** A UUID (RFC 9562), as `crypto.randomUUID()` mints it. */
export const uuid = { type: 'string', format: 'uuid' } as const;

/** An RFC 3339 date-time, as `Date#toISOString()` writes it. */
export const timestamp = { type: 'string', format: 'date-time' } as const;

export const orderId = { ...uuid, description: 'The order, as identified by orders.' } as const;

export const customerId = { ...uuid, description: 'The customer who placed the order.' } as const;

/** Upper case letters, digits and dashes, 2 to 32 characters: what the inventory stores as a key. */
export const sku = {
  type: 'string',
  pattern: '^[A-Z0-9][A-Z0-9-]{1,31}$',
  description: 'Stock keeping unit.',
} as const;

export const quantity = {
  type: 'integer',
  minimum: 1,
  maximum: 999,
  description: 'Units of the SKU on this line.',
} as const;

/**
 * An amount in the minor unit of its currency (cents for EUR and USD): integers, never floats,
 * so sums are exact. The maximum (100 million units) only rejects garbage.
 */
export const minorUnits = { type: 'integer', minimum: 0, maximum: 10_000_000_000 } as const;

export const currency = {
  type: 'string',
  pattern: '^[A-Z]{3}$',
  description: 'ISO 4217 code of the currency of every amount in the event.',
} as const;

/**
 * An opaque token from the payment provider (`tok_...`), never card data. It must start with a
 * letter, so a card number (all digits) can never pass for one. Logs redact it (shared-core).
 */
export const paymentToken = {
  type: 'string',
  pattern: '^[A-Za-z][A-Za-z0-9_-]{2,254}$',
  description:
    'Opaque payment provider token (such as `tok_visa`), never card data. Carried through the saga so payments can charge; redacted from logs.',
} as const;

/** At most 50 lines per order, as the orders API accepts. */
export const MAX_ORDER_LINES = 50;

/** The lines of an order: what was ordered, without prices. */
export const orderLines = {
  type: 'array',
  minItems: 1,
  maxItems: MAX_ORDER_LINES,
  description: 'The ordered lines, one per SKU.',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['sku', 'quantity'],
    properties: { sku, quantity },
  },
} as const;

/** The lines of an order with the unit price inventory holds them at. */
export const pricedOrderLines = {
  type: 'array',
  minItems: 1,
  maxItems: MAX_ORDER_LINES,
  description: 'The ordered lines, one per SKU, with the unit price they were reserved at.',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['sku', 'quantity', 'unitPrice'],
    properties: {
      sku,
      quantity,
      unitPrice: { ...minorUnits, description: 'Price of one unit, in minor units of `currency`.' },
    },
  },
} as const;
