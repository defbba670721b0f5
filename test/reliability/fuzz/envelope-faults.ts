import fc from 'fast-check';
import { listEntries } from '@commerce/contracts/catalog';
import type { EventEnvelope } from '@commerce/shared-core/events';
import { nonAsciiText } from './text.js';

const FIELDS = ['id', 'type', 'version', 'source', 'time', 'correlationId', 'causationId', 'data'] as const;
const KNOWN = new Set(listEntries().map((entry) => `${entry.type}@${entry.version}`));
const KNOWN_TYPES = new Set<string>(listEntries().map((entry) => entry.type));

/** A value no identifier (printable ASCII, 1 to 128) can be. */
const refusedIdentifier = fc.oneof(nonAsciiText, fc.constantFrom('', 'x'.repeat(129), 42, null, {}, ['id']));

/** For each envelope field, values its schema refuses. */
const refused: Record<(typeof FIELDS)[number], fc.Arbitrary<unknown>> = {
  id: refusedIdentifier,
  correlationId: refusedIdentifier,
  causationId: refusedIdentifier,
  type: fc.oneof(nonAsciiText, fc.constantFrom('orderPlaced', 'O', '', 'Order Placed', 'ORDER_PLACED', 1, null)),
  version: fc.constantFrom(0, -1, 1.5, '1', null, 1000, true, 1e21, [1]),
  source: fc.oneof(nonAsciiText, fc.constantFrom('Orders', '', 'orders service', '-orders', 5)),
  time: fc.oneof(nonAsciiText, fc.constantFrom('', 'yesterday', '2026-13-01T00:00:00Z', 1_700_000_000_000, null)),
  data: fc.constantFrom(null, [], 'data', 1, true),
};

/** Every string inside a value replaced, one by one, by odd text with a character outside ASCII. */
const everyStringOdd = (value: unknown): fc.Arbitrary<unknown> => {
  if (typeof value === 'string') return nonAsciiText;
  if (Array.isArray(value)) return fc.tuple(...value.map(everyStringOdd));
  if (typeof value === 'object' && value !== null) {
    return fc.record(Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, everyStringOdd(inner)])));
  }
  return fc.constant(value);
};

/**
 * Envelopes that are wrong in one way each, made from a valid `event`: none can pass the envelope
 * schema and the contract of a receiver that accepts `event`'s type. `others` are events of types
 * the receiver does not accept (empty for one that accepts the whole catalog).
 */
export const brokenEnvelopes = (
  event: EventEnvelope,
  others: readonly EventEnvelope[],
): fc.Arbitrary<{ kind: string; envelope: unknown }> => {
  const data = event.data as Record<string, unknown>;
  const kinds: fc.Arbitrary<{ kind: string; envelope: unknown }>[] = [
    fc.constantFrom(...FIELDS).map((field) => ({
      kind: 'envelope missing a field',
      envelope: Object.fromEntries(Object.entries(event).filter(([name]) => name !== field)),
    })),
    fc.constantFrom(...FIELDS).chain((field) =>
      refused[field].map((value) => ({
        kind: 'envelope field of a wrong type',
        envelope: { ...event, [field]: value },
      })),
    ),
    fc
      .stringMatching(/^[A-Z][A-Za-z0-9]{1,30}$/)
      .filter((type) => !KNOWN_TYPES.has(type))
      .map((type) => ({ kind: 'unknown event type', envelope: { ...event, type } })),
    fc
      .integer({ min: 2, max: 999 })
      .filter((version) => !KNOWN.has(`${event.type}@${version}`))
      .map((version) => ({ kind: 'unknown version', envelope: { ...event, version } })),
    fc
      .oneof(
        fc.constant({ ...data, orderId: 'not-a-uuid' }),
        fc.constant({}),
        fc.constant(Object.fromEntries(Object.entries(data).filter(([name]) => name !== 'orderId'))),
        fc
          .tuple(fc.string({ maxLength: 12 }), fc.jsonValue())
          .filter(([name]) => !(name in data))
          .map(([name, value]) => ({ ...data, [name]: value })),
        fc.integer({ min: 100_000, max: 240_000 }).map((size) => ({ ...data, padding: 'x'.repeat(size) })),
      )
      .map((broken) => ({ kind: 'data breaking its contract', envelope: { ...event, data: broken } })),
    fc
      .tuple(fc.string({ maxLength: 12 }), fc.jsonValue())
      .filter(([name]) => !(FIELDS as readonly string[]).includes(name))
      .map(([name, value]) => ({ kind: 'envelope with a field of its own', envelope: { ...event, [name]: value } })),
    // Odd text in every string, the id included, so no schema can accept it.
    everyStringOdd(event).map((envelope) => ({ kind: 'unicode in every field', envelope })),
  ];
  if (others.length > 0) {
    kinds.push(fc.constantFrom(...others).map((envelope) => ({ kind: 'event not accepted here', envelope })));
  }
  return fc.oneof(...kinds);
};
