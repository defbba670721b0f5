// First: the entry point loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import type { CommerceEvent } from '@commerce/contracts';
import { eventBridgeDelivery, lambdaContext, snsDeliveries, sqsBatch, textRecord } from '@commerce/testing';
import type { SQSRecord } from 'aws-lambda';
import { createAnalytics } from '../../src/domain/analytics.js';
import { createRecordEventReceiver } from '../../src/receivers/record-event.js';
import { AFTER_THE_EXAMPLES, everyExample, example } from '../helpers/examples.js';
import { createInMemoryMetrics } from '../helpers/in-memory-metrics.js';

const receiver = () => {
  const metrics = createInMemoryMetrics();
  const analytics = createAnalytics({ metrics, now: () => AFTER_THE_EXAMPLES });
  return { metrics, analytics, handler: createRecordEventReceiver(analytics) };
};

/** Each way an event reaches the queue: the hand-off topics (SNS) and platform's bus (EventBridge). */
const transports: [string, (event: CommerceEvent) => SQSRecord][] = [
  ['an SNS notification', (event) => snsDeliveries.notification(event)],
  ['an SNS raw delivery', (event) => snsDeliveries.raw(event)],
  ['an EventBridge event', eventBridgeDelivery],
];

describe.each(transports)('the record-event receiver, given %s', (_transport, deliver) => {
  it.each(everyExample().map((event) => [event.type, event.id, event] as const))(
    'counts a %s (%s) and reports nothing failed',
    async (type, _id, event) => {
      const { handler, analytics } = receiver();

      const response = await handler(sqsBatch(deliver(event)), lambdaContext);

      expect(response).toEqual({ batchItemFailures: [] });
      expect((await analytics.summary()).eventsByType).toEqual({ [type]: 1 });
    },
  );

  it('counts an event delivered twice in one batch once', async () => {
    const { handler, analytics } = receiver();
    const placed = example('OrderPlaced', 'two T-shirts and a mug');

    const response = await handler(sqsBatch(deliver(placed), deliver(placed)), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [] });
    expect((await analytics.summary()).orders.placed).toBe(1);
  });
});

describe('the record-event receiver', () => {
  it('counts an event once when it arrives by both transports', async () => {
    const { handler, analytics } = receiver();
    const confirmed = example('OrderConfirmed', 'two T-shirts and a mug');

    await handler(sqsBatch(eventBridgeDelivery(confirmed)), lambdaContext);
    await handler(sqsBatch(snsDeliveries.notification(confirmed)), lambdaContext);

    expect((await analytics.summary()).revenue).toEqual({ EUR: 5248 });
  });

  it('reports only the unreadable record failed, and counts the rest', async () => {
    const { handler, analytics } = receiver();
    const poison = textRecord('not json');
    const placed = snsDeliveries.notification(example('OrderPlaced', 'two T-shirts and a mug'));

    const response = await handler(sqsBatch(poison, placed), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: poison.messageId }] });
    expect((await analytics.summary()).orders.placed).toBe(1);
  });

  it('reports a record failed when the counters cannot be written, so SQS brings it back', async () => {
    const { handler } = createFailingReceiver();
    const placed = snsDeliveries.notification(example('OrderPlaced', 'two T-shirts and a mug'));
    const confirmed = eventBridgeDelivery(example('OrderConfirmed', 'two T-shirts and a mug'));

    const response = await handler(sqsBatch(placed, confirmed), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: confirmed.messageId }] });
  });

  it('refuses an event of a version it does not accept, as permanent', async () => {
    const { handler, metrics } = receiver();
    const future = { ...example('OrderPlaced', 'two T-shirts and a mug'), version: 2 };

    await expect(handler(sqsBatch(snsDeliveries.raw(future as never)), lambdaContext)).rejects.toThrow(
      'All 1 record(s)',
    );
    expect(metrics.seen.size).toBe(0);
  });
});

/** A receiver whose store fails on OrderConfirmed, as a throttled or unreachable table would. */
const createFailingReceiver = () => {
  const metrics = createInMemoryMetrics();
  const analytics = createAnalytics({ metrics });
  return {
    handler: createRecordEventReceiver({
      record: (event) =>
        event.type === 'OrderConfirmed' ? Promise.reject(new Error('ThrottlingException')) : analytics.record(event),
    }),
  };
};
