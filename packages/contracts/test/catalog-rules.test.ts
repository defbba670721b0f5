import { listEntries, type CatalogEntry } from '../src/catalog/index.js';
import { catalogProblems } from '../scripts/lib/catalog-rules.js';

const entries: readonly CatalogEntry[] = listEntries();
const byType = (type: string, version = 1): CatalogEntry => {
  const entry = entries.find((candidate) => candidate.type === type && candidate.version === version);
  if (!entry) throw new Error(`no ${type} v${version} in the catalog`);
  return entry;
};

describe('the catalog', () => {
  it('has no shape problems', () => {
    expect(catalogProblems(entries)).toEqual([]);
  });
});

describe('catalogProblems', () => {
  it('flags a version sequence with a gap', () => {
    const placedV3 = { ...byType('OrderPlaced'), version: 3 };

    expect(catalogProblems([...entries, placedV3])).toEqual([
      'OrderPlaced versions must run 1, 2, 3... without gaps or repeats; found 1, 3',
    ]);
  });

  it('flags a version listed twice', () => {
    expect(catalogProblems([...entries, byType('PaymentFailed')])).toEqual([
      'PaymentFailed versions must run 1, 2, 3... without gaps or repeats; found 1, 1',
    ]);
  });

  it('flags a type whose versions do not start at 1', () => {
    const shipped = { ...byType('OrderConfirmed'), type: 'OrderShipped', version: 2 };

    expect(catalogProblems([...entries, shipped])).toEqual([
      'OrderShipped versions must run 1, 2, 3... without gaps or repeats; found 2',
    ]);
  });

  it('flags an internal event that nobody consumes', () => {
    const unconsumed = { ...byType('InventoryCommitted'), consumers: [] };

    expect(catalogProblems([unconsumed])).toEqual([
      'InventoryCommitted v1 has no consumers: list the services that subscribe, or mark it public',
    ]);
  });

  it('accepts a public event that nobody consumes yet', () => {
    const unconsumed = { ...byType('OrderConfirmed'), consumers: [] };

    expect(catalogProblems([unconsumed])).toEqual([]);
  });

  it('flags an SNS event on a topic its producer does not own', () => {
    const misrouted: CatalogEntry = { ...byType('PaymentFailed'), transport: { kind: 'sns', topic: 'orders-events' } };

    expect(catalogProblems([misrouted])).toEqual([
      'PaymentFailed v1 travels on orders-events, but payments publishes only on its own topic (payments-events)',
    ]);
  });

  it('flags an event with a single example', () => {
    const entry = byType('NotificationSent');

    expect(catalogProblems([{ ...entry, examples: entry.examples.slice(0, 1) }])).toEqual([
      'NotificationSent v1 needs at least 2 examples',
    ]);
  });

  it('flags a public event that carries the payment token', () => {
    const leaky = { ...byType('InventoryReserved'), public: true };

    expect(catalogProblems([leaky])).toEqual([
      'InventoryReserved v1 is public but carries paymentToken, which must never leave the saga',
    ]);
  });

  it('flags a type name the envelope would refuse', () => {
    const badlyNamed = { ...byType('OrderPlaced'), type: 'order-placed' };

    expect(catalogProblems([badlyNamed])).toEqual([
      'order-placed v1: the type must be PascalCase (/^[A-Z][A-Za-z0-9]{1,63}$/)',
    ]);
  });
});
