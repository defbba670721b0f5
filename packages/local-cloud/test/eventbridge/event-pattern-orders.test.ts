import { matchesEventPattern, parseEventPattern } from '../../src/eventbridge/event-pattern.js';

// The rules our consumers put on the platform bus, against the events orders publishes: an
// EventBridge envelope whose detail is our event envelope (the design brief, "Events").
const orderEvent = (detailType: string, data: object, source = 'commerce.orders'): object => ({
  version: '0',
  id: '0d079340-135a-c8c6-95c2-41fb8f496c53',
  'detail-type': detailType,
  source,
  account: '123456789012',
  time: '2026-11-02T09:15:04Z',
  region: 'eu-west-1',
  resources: [],
  detail: {
    id: '01JBX7Q4S2N5W8Y3K6M9P2R5T8',
    type: detailType,
    version: '1.0',
    source,
    time: '2026-11-02T09:15:04.112Z',
    correlationId: '7f1c2a9e-3b4d-4e5f-8a6b-9c0d1e2f3a4b',
    causationId: '01JBX7Q2A1B2C3D4E5F6G7H8J9',
    data,
  },
});

const confirmed = orderEvent('OrderConfirmed', { orderId: 'ord-1001', total: 129.9, currency: 'EUR' });
const cancelled = orderEvent('OrderCancelled', { orderId: 'ord-1002', reason: 'PaymentDeclined' });
const placed = orderEvent('OrderPlaced', { orderId: 'ord-1003', total: 40 });
const impostor = orderEvent('OrderConfirmed', { orderId: 'ord-1004', total: 500 }, 'commerce.payments');

describe('the notifications rule for order outcomes', () => {
  const pattern = parseEventPattern(
    '{ "source": ["commerce.orders"], "detail-type": ["OrderConfirmed", "OrderCancelled"] }',
  );

  it.each([
    ['matches a confirmed order', confirmed, true],
    ['matches a cancelled order', cancelled, true],
    ['ignores a placed order, which travels on SNS', placed, false],
    ['ignores an outcome from another source', impostor, false],
  ])('%s', (_sentence, event, matches) => {
    expect(matchesEventPattern(pattern, event)).toBe(matches);
  });
});

describe('the analytics rule for large confirmed orders', () => {
  const pattern = parseEventPattern({
    source: ['commerce.orders'],
    'detail-type': ['OrderConfirmed'],
    detail: { version: [{ prefix: '1.' }], data: { total: [{ numeric: ['>=', 100] }], currency: ['EUR'] } },
  });

  it('matches a confirmed order of 129.90 EUR in version 1', () => {
    expect(matchesEventPattern(pattern, confirmed)).toBe(true);
  });

  it('ignores a cancelled order, whatever its data', () => {
    expect(matchesEventPattern(pattern, cancelled)).toBe(false);
  });

  it('ignores a confirmed order below the threshold', () => {
    const small = orderEvent('OrderConfirmed', { orderId: 'ord-1005', total: 99.99, currency: 'EUR' });

    expect(matchesEventPattern(pattern, small)).toBe(false);
  });
});
