import { fingerprintOf } from '../../../src/idempotency/index.js';

describe('fingerprintOf', () => {
  it('is a sha256 in hex', () => {
    const fingerprint = fingerprintOf({ sku: 'SKU-1' });

    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores the order of object keys at every depth', () => {
    const a = { customerId: 'c-1', lines: [{ sku: 'SKU-1', quantity: 2 }], address: { city: 'Lyon', zip: '69001' } };
    const b = { address: { zip: '69001', city: 'Lyon' }, lines: [{ quantity: 2, sku: 'SKU-1' }], customerId: 'c-1' };

    expect(fingerprintOf(a)).toBe(fingerprintOf(b));
  });

  it.each([
    ['a changed value', { sku: 'SKU-1', quantity: 3 }],
    ['another array order', { sku: 'SKU-1', quantity: 2, tags: ['b', 'a'] }],
    ['a number as a string', { sku: 'SKU-1', quantity: '2' }],
  ])('tells apart %s', (_what, other) => {
    const base = { sku: 'SKU-1', quantity: 2, tags: ['a', 'b'] };

    expect(fingerprintOf(other)).not.toBe(fingerprintOf(base));
  });

  it('reads values the way JSON does: a Date by its ISO time, an undefined property as absent', () => {
    const at = new Date('2026-11-22T10:00:00.000Z');

    expect(fingerprintOf({ at, note: undefined })).toBe(fingerprintOf({ at: '2026-11-22T10:00:00.000Z' }));
    expect(fingerprintOf({ at })).not.toBe(fingerprintOf({ at: new Date('2026-11-23T10:00:00.000Z') }));
  });
});
