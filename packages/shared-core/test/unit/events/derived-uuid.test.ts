import { derivedUuid } from '../../../src/events/index.js';

const rfc9562v8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('derivedUuid', () => {
  it('names the same parts with the same UUID, version 8 with the RFC variant', () => {
    const id = derivedUuid('8d7e6f5a-4b3c-4d2e-9f1a-0b1c2d3e4f5a', 'key-1');

    expect(id).toMatch(rfc9562v8);
    expect(derivedUuid('8d7e6f5a-4b3c-4d2e-9f1a-0b1c2d3e4f5a', 'key-1')).toBe(id);
  });

  it('names other parts, or the same text split otherwise, with another UUID', () => {
    const ids = new Set([derivedUuid('a', 'bc'), derivedUuid('ab', 'c'), derivedUuid('a', 'bd'), derivedUuid('abc')]);

    expect(ids.size).toBe(4);
  });

  it('keeps the ids orders already handed out (the hash of the newline-joined parts)', () => {
    // An order placed with a key before this moved to shared-core must still be found by its retry.
    expect(derivedUuid('customer', 'key')).toBe('c7fb700f-44d8-8cfb-904e-34df694984d6');
  });
});
