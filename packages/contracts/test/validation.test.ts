import { issuesOf } from '@commerce/shared-core/events';
import { InventoryReservedV1, OrderPlacedV1, PaymentFailedV1 } from '../src/index.js';
import { exampleData } from './helpers/examples.js';

const placed = () => exampleData('OrderPlaced', 1);
const reserved = () => exampleData('InventoryReserved', 1);

describe('the compiled validators', () => {
  it.each([
    [
      'a missing field',
      { ...placed(), placedAt: undefined },
      { path: '/', message: "must have required property 'placedAt'" },
    ],
    ['a wrong type', { ...placed(), customerId: 42 }, { path: '/customerId', message: 'must be string' }],
    [
      'a quantity of 0',
      { ...placed(), items: [{ sku: 'MUG-11OZ', quantity: 0 }] },
      { path: '/items/0/quantity', message: 'must be >= 1' },
    ],
    [
      'a quantity no order could hold',
      { ...placed(), items: [{ sku: 'MUG-11OZ', quantity: 1000 }] },
      { path: '/items/0/quantity', message: 'must be <= 999' },
    ],
    [
      'a negative quantity',
      { ...placed(), items: [{ sku: 'MUG-11OZ', quantity: -1 }] },
      { path: '/items/0/quantity', message: 'must be >= 1' },
    ],
    [
      'a fractional quantity',
      { ...placed(), items: [{ sku: 'MUG-11OZ', quantity: 1.5 }] },
      { path: '/items/0/quantity', message: 'must be integer' },
    ],
    [
      'an extra property',
      { ...placed(), cardNumber: '4242424242424242' },
      { path: '/', message: "must NOT have additional property 'cardNumber'" },
    ],
    ['a bad uuid', { ...placed(), orderId: 'order-1' }, { path: '/orderId', message: 'must match format "uuid"' }],
    [
      'a lower-case sku',
      { ...placed(), items: [{ sku: 'mug-11oz', quantity: 1 }] },
      { path: '/items/0/sku', message: 'must match pattern "^[A-Z0-9][A-Z0-9-]{1,31}$"' },
    ],
    ['no lines at all', { ...placed(), items: [] }, { path: '/items', message: 'must NOT have fewer than 1 items' }],
    [
      'more lines than an order may hold',
      { ...placed(), items: Array.from({ length: 51 }, (_, line) => ({ sku: `SKU-${line}`, quantity: 1 })) },
      { path: '/items', message: 'must NOT have more than 50 items' },
    ],
    [
      'a card number where the payment token goes',
      { ...placed(), paymentToken: '4242424242424242' },
      { path: '/paymentToken', message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]{2,254}$"' },
    ],
    [
      'a local time without offset',
      { ...placed(), placedAt: '2025-03-14 09:26' },
      { path: '/placedAt', message: 'must match format "date-time"' },
    ],
  ])('reject OrderPlaced v1 data with %s, saying where and why', (_case, data, issue) => {
    const valid = OrderPlacedV1.validate(data);

    expect(valid).toBe(false);
    expect(issuesOf(OrderPlacedV1.validate)).toContainEqual(issue);
  });

  it.each([
    ['a price in currency units', { ...reserved(), total: 52.48 }, { path: '/total', message: 'must be integer' }],
    [
      'a currency that is not ISO 4217',
      { ...reserved(), currency: 'euro' },
      { path: '/currency', message: 'must match pattern "^[A-Z]{3}$"' },
    ],
    [
      'a line without a unit price',
      { ...reserved(), items: [{ sku: 'MUG-11OZ', quantity: 1 }] },
      { path: '/items/0', message: "must have required property 'unitPrice'" },
    ],
  ])('reject InventoryReserved v1 data with %s', (_case, data, issue) => {
    expect(InventoryReservedV1.validate(data)).toBe(false);
    expect(issuesOf(InventoryReservedV1.validate)).toContainEqual(issue);
  });

  it('reject a reason outside the enum, listing the allowed values', () => {
    const data = { ...exampleData('PaymentFailed', 1), reason: 'INSUFFICIENT_FUNDS' };

    expect(PaymentFailedV1.validate(data)).toBe(false);
    expect(issuesOf(PaymentFailedV1.validate)).toEqual([
      { path: '/reason', message: 'must be equal to one of the allowed values' },
    ]);
  });

  it('report every issue at once, not just the first', () => {
    const data = { ...placed(), orderId: 'nope', customerId: 'nope' };

    OrderPlacedV1.validate(data);

    expect(issuesOf(OrderPlacedV1.validate).map((issue) => issue.path)).toEqual(['/orderId', '/customerId']);
  });
});
