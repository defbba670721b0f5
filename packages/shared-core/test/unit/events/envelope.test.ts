import { InvalidOutgoingEventError } from '../../../src/errors/index.js';
import { createEvent, deriveEvent, recordEvent, validateEnvelope } from '../../../src/events/index.js';
import { envelope } from '../../helpers/aws-events.js';
import { OrderPlacedV1, PaymentFailedV1 } from '../../helpers/contracts.js';

describe('createEvent', () => {
  it('builds a valid envelope with a new id, the time and a fresh correlation id', () => {
    const event = createEvent(OrderPlacedV1, { orderId: 'o-1', quantity: 1 }, { source: 'orders' });

    expect(validateEnvelope(event)).toBe(true);
    expect(event).toMatchObject({ type: 'OrderPlaced', version: 1, source: 'orders', data: { orderId: 'o-1' } });
    expect(event.causationId).toBe(event.correlationId);
    expect(Date.parse(event.time)).not.toBeNaN();
  });

  it('keeps the correlation and causation ids it is given', () => {
    const event = createEvent(
      OrderPlacedV1,
      { orderId: 'o-1', quantity: 1 },
      {
        source: 'orders',
        correlationId: 'corr-1',
        causationId: 'req-1',
      },
    );

    expect(event).toMatchObject({ correlationId: 'corr-1', causationId: 'req-1' });
  });

  it('refuses data that breaks the contract as the producer’s own error, naming the event', () => {
    const build = () => createEvent(OrderPlacedV1, { orderId: 'o-1', quantity: 0 }, { source: 'orders' });

    expect(build).toThrow(InvalidOutgoingEventError);
    expect(build).toThrow('OrderPlaced v1 data does not match its contract');
  });

  it.each([
    ['a source consumers would refuse', { source: 'Orders Service' }],
    ['a correlation id with spaces', { source: 'orders', correlationId: 'has space' }],
  ])('refuses an envelope with %s, so no consumer ever dead-letters it', (_case, origin) => {
    const build = () => createEvent(OrderPlacedV1, { orderId: 'o-1', quantity: 1 }, origin);

    expect(build).toThrow('OrderPlaced v1 envelope is invalid');
  });
});

describe('deriveEvent', () => {
  it('carries the correlation id over and points causation at the cause', () => {
    const cause = envelope({ id: 'evt-cause', correlationId: 'saga-7' });

    const next = deriveEvent(cause, PaymentFailedV1, { orderId: 'o-1', reason: 'DECLINED' }, 'payments');

    expect(next).toMatchObject({ correlationId: 'saga-7', causationId: 'evt-cause', source: 'payments' });
    expect(next.id).not.toBe(cause.id);
  });

  it('rebuilds the same event from a recorded id and time, and still checks its data', () => {
    const cause = envelope({ id: 'evt-cause', correlationId: 'saga-7' });
    const recorded = { id: '0b7c5a8e-3f1d-4c2a-9e6b-2d4f6a8c0e1b', time: '2026-11-22T10:00:00.000Z' };
    const data = { orderId: 'o-1', reason: 'DECLINED' } as const;

    const first = deriveEvent(cause, PaymentFailedV1, data, 'payments', recorded);
    const again = deriveEvent(cause, PaymentFailedV1, data, 'payments', recorded);

    expect(again).toEqual(first);
    expect(first).toMatchObject(recorded);
    expect(() => deriveEvent(cause, PaymentFailedV1, { orderId: 'o-1' } as never, 'payments', recorded)).toThrow(
      'PaymentFailed v1 data does not match its contract',
    );
  });
});

describe('validateEnvelope', () => {
  it.each([
    ['a missing field', { ...envelope(), causationId: undefined }, '/'],
    ['a version that is not an integer', envelope({ version: 1.5 }), '/version'],
    ['a time that is not RFC 3339', envelope({ time: '22/11/2026' }), '/time'],
    ['an unexpected field', { ...envelope(), extra: true }, '/'],
    ['data that is not an object', envelope({ data: 'text' }), '/data'],
  ])('rejects %s', (_case, candidate, path) => {
    expect(validateEnvelope(candidate)).toBe(false);
    expect(validateEnvelope.errors?.map((issue) => issue.instancePath || '/')).toContain(path);
  });
});

describe('recordEvent', () => {
  it('mints the identity of the next event of a saga, to store before publishing it', () => {
    const cause = envelope({ id: 'evt-cause', correlationId: 'saga-7' });
    const identities = {
      newId: () => '0b7c5a8e-3f1d-4c2a-9e6b-2d4f6a8c0e1b',
      now: () => new Date('2026-11-22T10:00:00Z'),
    };

    const recorded = recordEvent(cause, identities);
    const event = deriveEvent(
      cause,
      PaymentFailedV1,
      { orderId: 'o-1', reason: 'DECLINED' } as const,
      'payments',
      recorded,
    );

    expect(recorded).toEqual({
      id: '0b7c5a8e-3f1d-4c2a-9e6b-2d4f6a8c0e1b',
      time: '2026-11-22T10:00:00.000Z',
      correlationId: 'saga-7',
      causationId: 'evt-cause',
    });
    expect(event).toMatchObject(recorded);
  });
});
