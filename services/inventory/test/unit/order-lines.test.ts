import { failureReasonOf, mergeLines, priceLines, shortagesOf, totalOf } from '../../src/domain/order-lines.js';
import type { StockLevel } from '../../src/domain/stock-levels.js';

const stock = new Map<string, StockLevel>([
  ['MUG-11OZ', { sku: 'MUG-11OZ', available: 4, reserved: 1, price: 1250 }],
  ['TSHIRT-BLK-M', { sku: 'TSHIRT-BLK-M', available: 0, reserved: 9, price: 1999 }],
]);

describe('order lines', () => {
  it('merges repeated SKUs, keeping the order they first appear in', () => {
    expect(
      mergeLines([
        { sku: 'MUG-11OZ', quantity: 1 },
        { sku: 'TSHIRT-BLK-M', quantity: 2 },
        { sku: 'MUG-11OZ', quantity: 3 },
      ]),
    ).toEqual([
      { sku: 'MUG-11OZ', quantity: 4 },
      { sku: 'TSHIRT-BLK-M', quantity: 2 },
    ]);
  });

  it('finds the lines stock cannot cover, an unknown SKU having none', () => {
    const lines = [
      { sku: 'MUG-11OZ', quantity: 4 },
      { sku: 'TSHIRT-BLK-M', quantity: 1 },
      { sku: 'POSTER-A2', quantity: 2 },
    ];
    expect(shortagesOf(lines, stock)).toEqual([
      { sku: 'TSHIRT-BLK-M', requested: 1, available: 0 },
      { sku: 'POSTER-A2', requested: 2, available: 0 },
    ]);
  });

  it('blames an unknown SKU before a short one', () => {
    expect(failureReasonOf([{ sku: 'TSHIRT-BLK-M', requested: 1, available: 0 }], stock)).toBe('OUT_OF_STOCK');
    expect(
      failureReasonOf(
        [
          { sku: 'TSHIRT-BLK-M', requested: 1, available: 0 },
          { sku: 'POSTER-A2', requested: 1, available: 0 },
        ],
        stock,
      ),
    ).toBe('UNKNOWN_SKU');
  });

  it('prices each line at its SKU’s price and totals them exactly, in cents', () => {
    const priced = priceLines(
      [
        { sku: 'TSHIRT-BLK-M', quantity: 2 },
        { sku: 'MUG-11OZ', quantity: 1 },
      ],
      stock,
    );
    expect(priced).toEqual([
      { sku: 'TSHIRT-BLK-M', quantity: 2, unitPrice: 1999 },
      { sku: 'MUG-11OZ', quantity: 1, unitPrice: 1250 },
    ]);
    expect(totalOf(priced)).toBe(5248);
  });

  it('refuses to price a SKU it has no level for', () => {
    expect(() => priceLines([{ sku: 'POSTER-A2', quantity: 1 }], stock)).toThrow('unknown SKU POSTER-A2');
  });
});
