import type { FromSchema } from 'json-schema-to-ts';

/**
 * The request bodies of the HTTP API, as JSON Schemas. `pnpm --filter @commerce/inventory generate`
 * compiles them into validators.generated.ts (ajv standalone, no ajv at run time); the test
 * command's `check:generated` fails when that file is stale.
 */
export const stockUpdateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['available', 'price'],
  properties: {
    available: {
      type: 'integer',
      minimum: 0,
      // A sanity bound: far above any stock count, far below where DynamoDB numbers lose precision.
      maximum: 1_000_000_000,
      description: 'Units that can be reserved.',
    },
    price: {
      type: 'integer',
      minimum: 0,
      // The catalog's bound on unit prices (`minorUnits`), so every price can travel in an event.
      maximum: 10_000_000_000,
      description: 'Price of one unit in minor units (cents) of the service currency.',
    },
  },
} as const;

export type StockUpdateBody = FromSchema<typeof stockUpdateSchema>;

/** Keyed by the name each validator is exported under. */
export const schemas = { validateStockUpdate: stockUpdateSchema };
