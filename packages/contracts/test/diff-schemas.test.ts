import { stripAnnotations } from '../scripts/lib/compat/annotations.js';
import { breakingChanges } from '../scripts/lib/compat/diff-schemas.js';

/** A published schema shaped like an event's data: a closed object with a closed line array and one open object. */
const published = () => ({
  type: 'object',
  description: 'Some lines of an order were shipped.',
  additionalProperties: false,
  required: ['orderId', 'kind', 'items', 'reason'],
  properties: {
    orderId: { type: 'string', format: 'uuid', description: 'The order.' },
    kind: { const: 'shipment' },
    reason: { type: 'string', enum: ['SHIPPED', 'SPLIT'] },
    note: { type: 'string', maxLength: 200 },
    items: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sku', 'quantity'],
        properties: {
          sku: { type: 'string', pattern: '^[A-Z0-9-]+$' },
          quantity: { type: 'integer', minimum: 1 },
        },
      },
    },
    carrier: { type: 'object', properties: { name: { type: 'string' } } },
    trackingUrl: { anyOf: [{ type: 'string', description: 'A URL.' }, { type: 'null' }] },
  },
});

type Schema = ReturnType<typeof published>;

/** The published schema with one edit applied. */
const edited = (edit: (schema: Schema) => void): Schema => {
  const schema = structuredClone(published());
  edit(schema);
  return schema;
};

const messagesOf = (current: unknown): string[] =>
  breakingChanges(published(), current).map(({ path, change }) => `${path}: ${change}`);

describe('breakingChanges', () => {
  it('finds nothing between a schema and itself', () => {
    expect(messagesOf(published())).toEqual([]);
  });

  it.each<[string, (schema: Schema) => void]>([
    ['a reworded description', (schema) => void (schema.description = 'Lines left the warehouse.')],
    ['a new title', (schema) => Object.assign(schema.properties.orderId, { title: 'Order id' })],
    ['new examples', (schema) => Object.assign(schema.properties.note, { examples: ['Leave at the door'] })],
    ['a $comment', (schema) => Object.assign(schema, { $comment: 'See ADR 0002.' })],
    ['an annotation inside anyOf', (schema) => void (schema.properties.trackingUrl.anyOf[0]!.description = 'Link.')],
    ['reordered required fields', (schema) => void schema.required.reverse()],
    ['reordered enum values', (schema) => void schema.properties.reason.enum.reverse()],
    [
      'a new optional property in an object that lets unlisted properties through',
      (schema) => Object.assign(schema.properties.carrier.properties, { service: { type: 'string' } }),
    ],
  ])('allows %s', (_edit, edit) => {
    expect(messagesOf(edited(edit))).toEqual([]);
  });

  it.each<[string, (schema: Schema) => void, string[]]>([
    [
      'a changed type',
      (schema) => void (schema.properties.items.items.properties.quantity.type = 'number'),
      ['data.items[].quantity: type changes from "integer" to "number"'],
    ],
    [
      'a removed property',
      (schema) => delete (schema.properties as Partial<Schema['properties']>).note,
      ['data: drops property "note"'],
    ],
    [
      'a renamed property',
      (schema) => {
        const { note, ...rest } = schema.properties;
        schema.properties = Object.assign(rest, { comment: note }) as unknown as Schema['properties'];
      },
      [
        'data: drops property "note"',
        'data: adds property "comment", which the published schema rejects (additionalProperties: false)',
      ],
    ],
    [
      'a new required field',
      (schema) => {
        Object.assign(schema.properties, { shippedAt: { type: 'string', format: 'date-time' } });
        schema.required.push('shippedAt');
      },
      [
        'data: adds property "shippedAt", which the published schema rejects (additionalProperties: false)',
        'data: "shippedAt" becomes required',
      ],
    ],
    [
      'a new optional property in a closed object',
      (schema) => Object.assign(schema.properties.items.items.properties, { gift: { type: 'boolean' } }),
      ['data.items[]: adds property "gift", which the published schema rejects (additionalProperties: false)'],
    ],
    [
      'a required field made optional',
      (schema) => void (schema.required = schema.required.filter((name) => name !== 'reason')),
      ['data: "reason" is no longer required'],
    ],
    [
      'a tightened enum',
      (schema) => void (schema.properties.reason.enum = ['SHIPPED']),
      ['data.reason: enum changes from ["SHIPPED","SPLIT"] to ["SHIPPED"]'],
    ],
    [
      'a loosened enum',
      (schema) => void schema.properties.reason.enum.push('RETURNED'),
      ['data.reason: enum changes from ["SHIPPED","SPLIT"] to ["SHIPPED","SPLIT","RETURNED"]'],
    ],
    [
      'a changed const',
      (schema) => void (schema.properties.kind.const = 'delivery'),
      ['data.kind: const changes from "shipment" to "delivery"'],
    ],
    [
      'a tightened minimum',
      (schema) => void (schema.properties.items.items.properties.quantity.minimum = 2),
      ['data.items[].quantity: minimum changes from 1 to 2'],
    ],
    [
      'a loosened maxItems',
      (schema) => void (schema.properties.items.maxItems = 100),
      ['data.items: maxItems changes from 50 to 100'],
    ],
    [
      'a new bound',
      (schema) => Object.assign(schema.properties.items.items.properties.quantity, { maximum: 999 }),
      ['data.items[].quantity: adds maximum: 999'],
    ],
    [
      'a dropped bound',
      (schema) => delete (schema.properties.note as { maxLength?: number }).maxLength,
      ['data.note: drops maxLength: 200'],
    ],
    [
      'a changed pattern',
      (schema) => void (schema.properties.items.items.properties.sku.pattern = '^[A-Z0-9]+$'),
      ['data.items[].sku: pattern changes from "^[A-Z0-9-]+$" to "^[A-Z0-9]+$"'],
    ],
    [
      'a dropped format',
      (schema) => delete (schema.properties.orderId as { format?: string }).format,
      ['data.orderId: drops format: "uuid"'],
    ],
    [
      'an opened object',
      (schema) => delete (schema as { additionalProperties?: boolean }).additionalProperties,
      ['data: drops additionalProperties: false'],
    ],
    [
      'a closed object',
      (schema) => Object.assign(schema.properties.carrier, { additionalProperties: false }),
      ['data.carrier: adds additionalProperties: false'],
    ],
    [
      'items of another shape',
      (schema) =>
        void (schema.properties.items.items = { type: 'string' } as unknown as Schema['properties']['items']['items']),
      [
        'data.items[]: drops additionalProperties: false',
        'data.items[]: drops property "quantity"',
        'data.items[]: drops property "sku"',
        'data.items[]: "sku" is no longer required',
        'data.items[]: "quantity" is no longer required',
        'data.items[]: type changes from "object" to "string"',
      ],
    ],
    [
      'a nullable branch removed from anyOf',
      (schema) => void schema.properties.trackingUrl.anyOf.pop(),
      ['data.trackingUrl: anyOf changes from [{"type":"string"},{"type":"null"}] to [{"type":"string"}]'],
    ],
    [
      'a breaking edit hidden behind a reworded description',
      (schema) => {
        schema.properties.orderId.description = 'The order id.';
        Object.assign(schema.properties.orderId, { maxLength: 36 });
      },
      ['data.orderId: adds maxLength: 36'],
    ],
  ])('refuses %s, saying where and what', (_edit, edit, expected) => {
    expect(messagesOf(edited(edit)).sort()).toEqual([...expected].sort());
  });
});

describe('stripAnnotations', () => {
  it('removes annotations at every schema depth but keeps data that looks like them', () => {
    const schema = {
      description: 'root',
      properties: { description: { type: 'string', title: 'A field called description' } },
      items: { $comment: 'x', enum: [{ description: 'an enum value' }] },
    };

    expect(stripAnnotations(schema)).toEqual({
      properties: { description: { type: 'string' } },
      items: { enum: [{ description: 'an enum value' }] },
    });
  });
});
