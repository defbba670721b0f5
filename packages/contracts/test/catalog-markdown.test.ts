import { findEntry, listEntries, type CatalogEntry } from '../src/catalog/index.js';
import { renderCatalog } from '../scripts/lib/markdown/catalog-markdown.js';
import { fieldRows, typeOf } from '../scripts/lib/markdown/field-rows.js';
import { flowchart } from '../scripts/lib/markdown/flowchart.js';

const entryOf = (type: string): CatalogEntry => {
  const entry = findEntry(type, 1);
  if (!entry) throw new Error(`no ${type} v1 in the catalog`);
  return entry;
};

describe('fieldRows', () => {
  it('lists nested fields under their parent, with the required flag of their own object', () => {
    const rows = fieldRows(entryOf('InventoryReserved').schema);

    expect(rows.map((row) => [row.name, row.required])).toEqual([
      ['orderId', true],
      ['customerId', true],
      ['items', true],
      ['items[].sku', true],
      ['items[].quantity', true],
      ['items[].unitPrice', true],
      ['total', true],
      ['currency', true],
      ['paymentToken', true],
      ['reservedAt', true],
    ]);
  });

  it('marks optional fields as not required', () => {
    const rows = fieldRows({
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string' }, b: { type: 'string' } },
    });

    expect(rows.map((row) => row.required)).toEqual([true, false]);
  });
});

describe('typeOf', () => {
  it.each([
    [{ type: 'string', format: 'uuid' }, 'string, uuid'],
    [{ type: 'integer', minimum: 1, maximum: 999 }, 'integer, 1 to 999'],
    [{ type: 'integer', minimum: 0 }, 'integer, >= 0'],
    [{ type: 'string', maxLength: 20 }, 'string, <= 20 characters'],
    [{ type: 'array', minItems: 1, maxItems: 50, items: { type: 'object' } }, 'array of object, 1 to 50 items'],
    [{ type: 'string', enum: ['DECLINED', 'PROVIDER_UNAVAILABLE'] }, 'one of `DECLINED`, `PROVIDER_UNAVAILABLE`'],
    [{ type: 'string', pattern: '^(a|b)$' }, 'string, matching `^(a\\|b)$`'],
  ])('describes %j as %s', (schema, expected) => {
    expect(typeOf(schema)).toBe(expected);
  });
});

describe('flowchart', () => {
  it('routes each event from its producer through its transport to each consumer', () => {
    const chart = flowchart([entryOf('PaymentFailed')]);

    expect(chart.split('\n')).toEqual([
      'flowchart LR',
      '  subgraph sns["SNS topics: saga hand-offs"]',
      '    sns_payments_events[["payments-events"]]',
      '  end',
      '  payments -->|"PaymentFailed v1"| sns_payments_events',
      '  sns_payments_events -->|"PaymentFailed v1"| orders',
      '  sns_payments_events -->|"PaymentFailed v1"| inventory',
      '  sns_payments_events -->|"PaymentFailed v1"| analytics',
      '  sns_payments_events -->|"PaymentFailed v1"| platform',
    ]);
  });

  it('draws one edge per pair of nodes, listing every event on it', () => {
    const chart = flowchart([entryOf('OrderConfirmed'), entryOf('OrderCancelled')]);

    expect(chart).toContain('  orders -->|"OrderConfirmed v1<br/>OrderCancelled v1"| bus_commerce');
    expect(chart).toContain('    bus_commerce(["commerce bus"])');
  });
});

describe('renderCatalog', () => {
  it('has an overview row, a section and an example for every event version', () => {
    const markdown = renderCatalog(listEntries());

    for (const entry of listEntries()) {
      expect(markdown).toContain(`| [${entry.type}](#${entry.type.toLowerCase()}-v${entry.version}) |`);
      expect(markdown).toContain(`## ${entry.type} v${entry.version}\n`);
      expect(markdown).toContain(`### Example: ${entry.examples[0]?.title ?? 'missing'}`);
    }
  });

  it('shows a catalog edit, so a stale CATALOG.md cannot pass unnoticed', () => {
    const edited = listEntries().map((entry) => ({ ...entry, summary: `${entry.summary} (edited)` }));

    expect(renderCatalog(edited)).not.toBe(renderCatalog(listEntries()));
  });
});
