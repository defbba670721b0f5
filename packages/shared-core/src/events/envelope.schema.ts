/** JSON Schema of the event envelope; compiled at build time into envelope.validator.generated.ts. */
const identifier = { type: 'string', minLength: 1, maxLength: 128, pattern: '^[\\x21-\\x7e]+$' } as const;

export const envelopeSchema = {
  $id: 'https://commerce.example/schemas/envelope.json',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'type', 'version', 'source', 'time', 'correlationId', 'causationId', 'data'],
  properties: {
    id: identifier,
    type: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]{1,63}$' },
    version: { type: 'integer', minimum: 1, maximum: 999 },
    source: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' },
    time: { type: 'string', format: 'date-time' },
    correlationId: identifier,
    causationId: identifier,
    data: { type: 'object' },
  },
} as const;

/** Read by `commerce-compile-schemas`. */
export const schemas = { validateEnvelope: envelopeSchema };
