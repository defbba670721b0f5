import { CorruptItemError, toReservation, toStockLevel } from '../../src/store/items.js';

describe('reading table items', () => {
  it('reads a stock item, leaving out what is not part of a level', () => {
    const item = { sku: 'MUG-11OZ', available: 4, reserved: 1, price: 1250, updatedAt: '2025-03-14T09:26:54.012Z' };
    expect(toStockLevel(item)).toEqual({ sku: 'MUG-11OZ', available: 4, reserved: 1, price: 1250 });
  });

  it.each([
    ['a count stored as text', { sku: 'MUG-11OZ', available: '4', reserved: 1, price: 1250 }],
    ['no price', { sku: 'MUG-11OZ', available: 4, reserved: 1 }],
  ])('refuses a stock item with %s, for good rather than retried', (_case, item) => {
    expect(() => toStockLevel(item)).toThrow(CorruptItemError);
    expect(() => toStockLevel(item)).toThrow(expect.objectContaining({ retryable: false }));
  });

  it('refuses a reservation whose status it does not know', () => {
    expect(() => toReservation({ orderId: '70368d3a-fbf5-4f9b-8c46-5da4e6ee054a', status: 'PENDING' })).toThrow(
      CorruptItemError,
    );
  });
});
