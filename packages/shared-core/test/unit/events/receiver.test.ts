import type { SQSRecord } from 'aws-lambda';
import { DependencyError } from '../../../src/errors/index.js';
import { BatchFailedError, createReceiver, type EventEnvelope } from '../../../src/events/index.js';
import {
  IdempotencyInProgressError,
  type BeginOutcome,
  type IdempotencyStore,
} from '../../../src/idempotency/index.js';
import {
  envelope,
  eventBridgeRecord,
  lambdaContext,
  rawRecord,
  snsRecord,
  sqsEvent,
  withReceiveCount,
} from '../../helpers/aws-events.js';
import { OrderPlacedV1, PaymentFailedV1 } from '../../helpers/contracts.js';
import { captureLogs } from '../../helpers/log-capture.js';

const build = (handle: (event: EventEnvelope) => Promise<void> = async () => undefined) => {
  const logs = captureLogs('inventory');
  const seen: EventEnvelope[] = [];
  const handler = createReceiver({
    service: 'inventory',
    name: 'reserve-stock',
    accepts: [OrderPlacedV1, PaymentFailedV1],
    logger: logs.log,
    handler: async (event) => {
      seen.push(event);
      await handle(event);
    },
  });
  return { handler, logs, seen };
};

const shapes: Array<[string, (id: string, event: EventEnvelope) => SQSRecord]> = [
  ['an SNS notification', snsRecord],
  ['an SNS raw delivery', rawRecord],
  ['an EventBridge event', eventBridgeRecord],
];

describe('createReceiver', () => {
  describe.each(shapes)('with records carrying %s', (_shape, wrap) => {
    it('hands the envelope to the handler and reports no failures', async () => {
      const { handler, seen } = build();
      const event = envelope();

      const response = await handler(sqsEvent(wrap('m1', event)), lambdaContext);

      expect(response).toEqual({ batchItemFailures: [] });
      expect(seen).toEqual([event]);
    });

    it('reports only the record whose handler failed', async () => {
      const failing = envelope({ id: 'evt-2', data: { orderId: 'o-2', quantity: 1 } });
      const { handler, seen } = build(async (event) => {
        if (event.id === failing.id) throw new DependencyError('table throttled');
      });

      const response = await handler(
        sqsEvent(wrap('m1', envelope({ id: 'evt-1' })), wrap('m2', failing), wrap('m3', envelope({ id: 'evt-3' }))),
        lambdaContext,
      );

      expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }] });
      expect(seen.map((event) => event.id)).toEqual(['evt-1', 'evt-2', 'evt-3']);
    });
  });

  it.each([
    ['an unknown event type', envelope({ type: 'OrderShipped' }), 'UNKNOWN_EVENT'],
    ['an unaccepted version', envelope({ version: 2 }), 'UNKNOWN_EVENT'],
    ['data that breaks the contract', envelope({ data: { orderId: 'o-1', quantity: 0 } }), 'INVALID_EVENT'],
    ['an envelope missing its correlation id', { ...envelope(), correlationId: undefined }, 'INVALID_EVENT'],
  ])(
    'fails %s as permanent without calling the handler, so redrive takes it to the DLQ',
    async (_case, event, code) => {
      const { handler, logs, seen } = build();

      const good = rawRecord('good', envelope({ id: 'evt-good' }));

      const response = await handler(sqsEvent(withReceiveCount(rawRecord('bad', event), 3), good), lambdaContext);

      expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'bad' }]);
      expect(seen.map((handled) => handled.id)).toEqual(['evt-good']);
      expect(logs.lines()).toContainEqual(
        expect.objectContaining({ level: 'error', code, permanent: true, receiveCount: 3, messageId: 'bad' }),
      );
    },
  );

  it('fails an unreadable body as permanent', async () => {
    const { handler, logs } = build();
    const record = { ...rawRecord('junk', {}), body: 'not json' };

    const response = await handler(sqsEvent(record, rawRecord('good', envelope())), lambdaContext);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'junk' }]);
    expect(logs.lines()).toContainEqual(expect.objectContaining({ code: 'INVALID_EVENT', permanent: true }));
  });

  it('logs a transient failure as one that will be retried, with the event identity', async () => {
    const { handler, logs } = build(async () => {
      throw new Error('socket hang up');
    });

    await expect(handler(sqsEvent(snsRecord('m1', envelope())), lambdaContext)).rejects.toThrow(BatchFailedError);

    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        permanent: false,
        eventType: 'OrderPlaced',
        correlationId: envelope().correlationId,
        receiver: 'reserve-stock',
        service: 'inventory',
      }),
    );
  });

  it('throws when every record failed, so a mapping without ReportBatchItemFailures cannot delete them', async () => {
    const { handler } = build(async () => {
      throw new DependencyError('table unavailable');
    });

    const batch = handler(
      sqsEvent(rawRecord('m1', envelope()), rawRecord('m2', envelope({ id: 'evt-2' }))),
      lambdaContext,
    );

    await expect(batch).rejects.toBeInstanceOf(BatchFailedError);
  });

  it('stops before the function times out and hands the unprocessed records back', async () => {
    const { handler, seen } = build();
    let remaining = 10_000;
    const context = { ...lambdaContext, getRemainingTimeInMillis: () => (remaining -= 4_000) };

    const response = await handler(
      sqsEvent(
        rawRecord('m1', envelope({ id: 'evt-1' })),
        rawRecord('m2', envelope({ id: 'evt-2' })),
        rawRecord('m3', envelope({ id: 'evt-3' })),
      ),
      context,
    );

    expect(seen.map((event) => event.id)).toEqual(['evt-1', 'evt-2']);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm3' }]);
  });

  it('treats an empty batch as nothing to do', async () => {
    const { handler } = build();

    await expect(handler(sqsEvent(), lambdaContext)).resolves.toEqual({ batchItemFailures: [] });
  });
});

describe('createReceiver with an idempotency store', () => {
  /** An in-memory store with the same contract as the DynamoDB one. */
  const memoryStore = (): IdempotencyStore => {
    const records = new Map<string, { done: boolean; value?: unknown }>();
    return {
      begin: async <T>(key: string): Promise<BeginOutcome<T>> => {
        const existing = records.get(key);
        if (existing?.done) return { kind: 'completed', value: existing.value as T };
        if (existing) throw new IdempotencyInProgressError(key);
        records.set(key, { done: false });
        return { kind: 'started', lockToken: key };
      },
      complete: async (key, _token, value) => void records.set(key, { done: true, value }),
      abandon: async (key) => void records.delete(key),
    };
  };

  it('handles an event delivered twice only once, and reports both records done', async () => {
    const logs = captureLogs('inventory');
    let handled = 0;
    const handler = createReceiver({
      service: 'inventory',
      name: 'reserve-stock',
      accepts: [OrderPlacedV1],
      idempotency: memoryStore(),
      logger: logs.log,
      handler: async () => {
        handled += 1;
      },
    });
    const event = envelope();

    const response = await handler(sqsEvent(snsRecord('m1', event), eventBridgeRecord('m2', event)), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    expect(handled).toBe(1);
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ message: 'duplicate event skipped', messageId: 'm2' }),
    );
  });

  it('runs a failed event again on redelivery', async () => {
    let attempts = 0;
    const handler = createReceiver({
      service: 'payments',
      name: 'charge',
      accepts: [OrderPlacedV1],
      idempotency: memoryStore(),
      logger: captureLogs().log,
      handler: async () => {
        attempts += 1;
        if (attempts === 1) throw new DependencyError('provider unavailable');
      },
    });
    const record = rawRecord('m1', envelope());

    const first = handler(sqsEvent(record), lambdaContext);
    await expect(first).rejects.toBeInstanceOf(BatchFailedError);
    const redelivered = await handler(sqsEvent(withReceiveCount(record, 2)), lambdaContext);

    expect(redelivered.batchItemFailures).toEqual([]);
    expect(attempts).toBe(2);
  });
});
