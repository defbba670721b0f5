import { createEvent, issuesOf, validateEnvelope } from '@commerce/shared-core/events';
import { listEntries } from '../src/catalog/index.js';
import { ALL_CONTRACTS } from '../src/index.js';

const contractOf = (type: string, version: number) =>
  ALL_CONTRACTS.find((contract) => contract.type === type && contract.version === version);

const examples = listEntries().flatMap((entry) =>
  entry.examples.map((example) => [`${entry.type} v${entry.version}`, example.title, entry, example.data] as const),
);

describe('the catalog examples', () => {
  it.each(examples)('%s example "%s" passes its compiled validator', (_label, _title, entry, data) => {
    const contract = contractOf(entry.type, entry.version);

    const valid = contract?.validate(data);

    expect(issuesOf(contract?.validate ?? {})).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(examples)('%s example "%s" builds a valid envelope from its producer', (_label, _title, entry, data) => {
    const contract = contractOf(entry.type, entry.version);
    if (!contract) throw new Error(`no runtime contract for ${entry.type} v${entry.version}`);

    const event = createEvent(contract, data as never, { source: entry.producer });

    expect(validateEnvelope(event)).toBe(true);
    expect(event).toMatchObject({ type: entry.type, version: entry.version, source: entry.producer });
  });

  it('show each event in at least two situations', () => {
    const fewer = listEntries().filter((entry) => new Set(entry.examples.map((example) => example.title)).size < 2);

    expect(fewer).toEqual([]);
  });

  it('add up: every total is the sum of quantity times unit price over its items', () => {
    const priced = listEntries().flatMap((entry) =>
      entry.examples
        .map((example) => example.data)
        .filter((data) => typeof data === 'object' && data !== null && 'total' in data),
    ) as { total: number; items: { quantity: number; unitPrice: number }[] }[];

    const sums = priced.map((data) => data.items.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0));

    expect(priced.length).toBeGreaterThan(0);
    expect(sums).toEqual(priced.map((data) => data.total));
  });
});
