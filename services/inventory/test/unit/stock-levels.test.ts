import { NotFoundError, ValidationError } from '@commerce/shared-core';
import { findEntry } from '@commerce/contracts/catalog';
import { SKU_PATTERN } from '../../src/domain/sku.js';
import { createStockLevels } from '../../src/domain/stock-levels.js';
import { createInMemoryInventory } from '../helpers/in-memory-inventory.js';

/** The value at `path` inside a JSON Schema, or undefined. */
const schemaAt = (schema: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
    schema,
  );

describe('stock levels', () => {
  it('lists a SKU with its price and reads it back', async () => {
    const levels = createStockLevels(createInMemoryInventory().stock);
    await levels.set('MUG-11OZ', { available: 50, price: 1250 });
    expect(await levels.get('MUG-11OZ')).toEqual({ sku: 'MUG-11OZ', available: 50, reserved: 0, price: 1250 });
  });

  it('does not know a SKU that was never listed', async () => {
    const levels = createStockLevels(createInMemoryInventory().stock);
    const lookup = levels.get('POSTER-A2-2019');
    await expect(lookup).rejects.toBeInstanceOf(NotFoundError);
    await expect(lookup).rejects.toMatchObject({ status: 404, details: { sku: 'POSTER-A2-2019' } });
  });

  it.each([
    ['lower case', 'mug-11oz'],
    ['a leading dash', '-MUG'],
    ['one character', 'M'],
    ['33 characters', 'M'.repeat(33)],
    ['a space', 'MUG 11OZ'],
    ['a slash', 'MUG/11OZ'],
    ['a key-like suffix', 'MUG#STOCK'],
    ['unicode', 'MÜG-11OZ'],
    ['nothing', ''],
  ])('refuses a SKU with %s before it reaches the table', async (_case, sku) => {
    let touched = false;
    const store = createInMemoryInventory().stock;
    const levels = createStockLevels({
      getStock: (key) => ((touched = true), store.getStock(key)),
      setStock: (key, update) => ((touched = true), store.setStock(key, update)),
    });
    await expect(levels.get(sku)).rejects.toBeInstanceOf(ValidationError);
    await expect(levels.set(sku, { available: 1, price: 1 })).rejects.toMatchObject({ status: 422 });
    expect(touched).toBe(false);
  });

  it("checks SKUs with the catalog's own pattern", () => {
    const schema = findEntry('OrderPlaced', 1)?.schema;
    expect(schemaAt(schema, 'properties', 'items', 'items', 'properties', 'sku', 'pattern')).toBe(SKU_PATTERN.source);
  });
});
