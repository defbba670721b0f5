import { listEntries } from '../src/catalog/index.js';
import { publishedContractProblems, snapshotFileOf } from '../scripts/lib/compat/published.js';
import { readSnapshots } from '../scripts/lib/snapshot-files.js';

const entries = listEntries();
const snapshots = readSnapshots();

const placedV1 = entries.find((entry) => entry.type === 'OrderPlaced' && entry.version === 1);
if (!placedV1) throw new Error('the catalog lost OrderPlaced v1');

/** The catalog, with one edit to a copy of OrderPlaced v1's schema. */
const catalogWithPlacedV1 = (edit: (schema: { properties: Record<string, Record<string, unknown>> }) => void) => {
  const schema = structuredClone(placedV1.schema) as { properties: Record<string, Record<string, unknown>> };
  edit(schema);
  return entries.map((entry) => (entry === placedV1 ? { ...placedV1, schema } : entry));
};

describe('the published contracts', () => {
  it.each(entries.map((entry) => [`${entry.type} v${entry.version}`, entry] as const))(
    '%s still honours its snapshot in published/',
    (_label, entry) => {
      const ownSnapshot = new Map([...snapshots].filter(([file]) => file === snapshotFileOf(entry)));

      expect(publishedContractProblems([entry], ownSnapshot)).toEqual([]);
    },
  );

  it('match published/ as a whole: nothing broken, no snapshot missing or orphaned', () => {
    expect(publishedContractProblems(entries, snapshots)).toEqual([]);
  });
});

describe('publishedContractProblems', () => {
  it('refuses a breaking edit to a published version, naming the event, version and change', () => {
    const catalog = catalogWithPlacedV1((schema) => void (schema.properties['placedAt']!['format'] = 'date'));

    const problems = publishedContractProblems(catalog, snapshots);

    expect(problems).toEqual([
      'OrderPlaced v1 breaks its published schema at data.placedAt: format changes from "date-time" to "date". Revert it, or add OrderPlaced v2.',
    ]);
  });

  it('lists every breaking change of one edit', () => {
    const catalog = catalogWithPlacedV1((schema) => {
      delete schema.properties['paymentToken'];
      schema.properties['customerId'] = { type: 'integer' };
    });

    const problems = publishedContractProblems(catalog, snapshots);

    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/drops property "paymentToken"/);
    expect(problems.join('\n')).toMatch(/data\.customerId: drops format: "uuid"/);
    expect(problems.join('\n')).toMatch(/data\.customerId: type changes from "string" to "integer"/);
  });

  it('accepts a reworded description', () => {
    const catalog = catalogWithPlacedV1(
      (schema) => void (schema.properties['placedAt']!['description'] = 'Order time.'),
    );

    expect(publishedContractProblems(catalog, snapshots)).toEqual([]);
  });

  it('asks for a snapshot of a version that has none', () => {
    const placedV2 = { ...placedV1, version: 2 };

    expect(publishedContractProblems([...entries, placedV2], snapshots)).toEqual([
      'OrderPlaced v2 has no snapshot published/OrderPlaced.v2.json: run `pnpm --filter @commerce/contracts snapshot`',
    ]);
  });

  it('refuses removing a published version from the catalog', () => {
    const withoutPlaced = entries.filter((entry) => entry !== placedV1);

    expect(publishedContractProblems(withoutPlaced, snapshots)).toEqual([
      'published/OrderPlaced.v1.json has no catalog entry: published versions stay in the catalog (retiring one means deleting its snapshot too, in a major release)',
    ]);
  });
});
