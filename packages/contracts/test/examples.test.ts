import { issuesOf, validateEnvelope } from '@commerce/shared-core/events';
import { listEntries } from '../src/catalog/index.js';
import { EXAMPLE_SAGAS, type ExampleTrace } from '../src/catalog/examples/sagas.js';
import { ALL_CONTRACTS } from '../src/index.js';

const contractOf = (type: string, version: number) =>
  ALL_CONTRACTS.find((contract) => contract.type === type && contract.version === version);

const examples = listEntries().flatMap((entry) =>
  entry.examples.map((example) => [`${entry.type} v${entry.version}`, example.title, entry, example.event] as const),
);
const events = examples.map(([, , , event]) => event);

/** Every trace of every example saga, by event id. */
const tracesById = new Map<string, ExampleTrace>(
  EXAMPLE_SAGAS.flatMap((saga) => Object.values<ExampleTrace>(saga)).map((trace) => [trace.id, trace]),
);

describe('the catalog examples', () => {
  it.each(examples)('%s example "%s" is a valid envelope', (_label, _title, _entry, event) => {
    const valid = validateEnvelope(event);

    expect(issuesOf(validateEnvelope)).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(examples)('%s example "%s" carries data its contract accepts', (_label, _title, entry, event) => {
    const contract = contractOf(entry.type, entry.version);

    const valid = contract?.validate(event.data);

    expect(issuesOf(contract?.validate ?? {})).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(examples)('%s example "%s" names its type, version and producer', (_label, _title, entry, event) => {
    expect([event.type, event.version, event.source]).toEqual([entry.type, entry.version, entry.producer]);
  });

  it('show each event in at least two situations', () => {
    const fewer = listEntries().filter((entry) => new Set(entry.examples.map((example) => example.title)).size < 2);

    expect(fewer).toEqual([]);
  });

  it('never reuse an event id', () => {
    const ids = events.map((event) => event.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follow their sagas: each is caused by the request or by an earlier event of the same saga', () => {
    const broken = events.flatMap((event) => {
      if (event.causationId === event.correlationId) return [];
      const cause = tracesById.get(event.causationId);
      const follows = cause?.correlationId === event.correlationId && cause.time <= event.time;
      return follows ? [] : [`${event.type} ${event.id} is caused by ${event.causationId}`];
    });

    expect(broken).toEqual([]);
  });

  it('keep one order per saga: events that share a correlation id share the order id', () => {
    const orderIdsBySaga = new Map<string, Set<string>>();
    for (const event of events) {
      const orderIds = orderIdsBySaga.get(event.correlationId) ?? new Set<string>();
      orderIds.add((event.data as { orderId: string }).orderId);
      orderIdsBySaga.set(event.correlationId, orderIds);
    }

    expect([...orderIdsBySaga.values()].filter((orderIds) => orderIds.size !== 1)).toEqual([]);
  });

  it('add up: every total is the sum of quantity times unit price over its items', () => {
    const priced = events
      .map((event) => event.data)
      .filter((data) => typeof data === 'object' && data !== null && 'total' in data) as {
      total: number;
      items: { quantity: number; unitPrice: number }[];
    }[];

    const sums = priced.map((data) => data.items.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0));

    expect(priced.length).toBeGreaterThan(0);
    expect(sums).toEqual(priced.map((data) => data.total));
  });
});
