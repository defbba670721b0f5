import type { EventEnvelope } from '@commerce/shared-core/events';
import { tracedEventOf } from '../../src/domain/audit.js';
import { inCausalOrder } from '../../src/domain/causal-order.js';
import type { TracedEvent } from '../../src/domain/traced-event.js';
import { CONFIRMED_SAGA_TYPES, confirmedPlaced, sagaEvents } from '../helpers/catalog-sagas.js';

const traced = (event: EventEnvelope) =>
  tracedEventOf(event, { transport: 'sns', sentTimestamp: Date.parse(event.time) });

/** Each event's position is after its cause's, whenever the cause is in the list. */
const expectCausesFirst = (ordered: TracedEvent[]) => {
  const position = new Map(ordered.map((event, index) => [event.eventId, index]));
  for (const [index, event] of ordered.entries()) {
    const cause = position.get(event.causationId);
    if (cause !== undefined) expect(cause).toBeLessThan(index);
  }
};

describe('a saga in causal order', () => {
  const saga = sagaEvents(confirmedPlaced().correlationId).map(traced);

  it("puts the catalog's confirmed saga in the order it happened, however it was stored", () => {
    const shuffled = [...saga].reverse();

    const ordered = inCausalOrder(shuffled);

    expect(ordered.map((event) => event.type)).toEqual(CONFIRMED_SAGA_TYPES);
    expectCausesFirst(ordered);
  });

  it('puts a reaction after its cause even when the reacting service’s clock says it came first', () => {
    const [placed, reserved] = [
      saga.find((e) => e.type === 'OrderPlaced')!,
      saga.find((e) => e.type === 'InventoryReserved')!,
    ];
    const skewed = { ...reserved, time: '2000-01-01T00:00:00.000Z' };

    expect(inCausalOrder([skewed, placed]).map((event) => event.type)).toEqual(['OrderPlaced', 'InventoryReserved']);
  });

  it('keeps events whose causes form a cycle, after the rest, rather than losing them', () => {
    const [a, b] = saga.slice(0, 2).map((event) => ({ ...event }));
    a!.causationId = b!.eventId;
    b!.causationId = a!.eventId;
    const root = { ...saga[2]!, causationId: 'the-request' };

    const ordered = inCausalOrder([a!, b!, root]);

    expect(ordered.map((event) => event.eventId)).toEqual([
      root.eventId,
      ...[a!, b!].sort((x, y) => x.time.localeCompare(y.time)).map((e) => e.eventId),
    ]);
  });

  it('has nothing to order for a correlation id with no events', () => {
    expect(inCausalOrder([])).toEqual([]);
  });
});
