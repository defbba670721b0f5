import { SQSClient } from '@aws-sdk/client-sqs';
import { createDeliveryChaos, type DeliveryChaos, type DuplicateTally } from '../../src/lambda/delivery-chaos.js';
import type { SqsEvent } from '../../src/lambda/sqs-event.js';
import { FUNCTION_NAME, useHarness } from './harness.js';
import { createTestQueue, eventually, isEmpty, sendBodies } from './local-queues.js';

const recordsOf = (invocations: { event: SqsEvent }[]) => invocations.flatMap(({ event }) => event.Records);
const bodiesOf = (invocations: { event: SqsEvent }[]) => recordsOf(invocations).map((record) => record.body);
const countsOf = (values: readonly string[]) =>
  Object.fromEntries([...new Set(values)].sort().map((value) => [value, values.filter((v) => v === value).length]));

describe('delivery chaos on an SQS event source mapping', () => {
  const harness = useHarness();
  const queueIsEmpty = (queueUrl: string) => isEmpty(harness.sqs, queueUrl);

  it('delivers every message `copies` times at once, never more than batchSize in one invocation, and deletes each once', async () => {
    const queue = await createTestQueue(harness.sqs, 'chaos-in-batch');
    await sendBodies(harness.sqs, queue.queueUrl, ['a', 'b', 'c', 'd']);
    const duplicates: DuplicateTally = { repeated: 0, resent: 0 };

    harness.startMapping(queue, { batchSize: 4, deliveryChaos: { copies: 3, shuffle: true, seed: 11 }, duplicates });
    await eventually('twelve records were delivered', () => recordsOf(harness.fake.invocations).length === 12);
    await eventually('the queue is empty', queueIsEmpty(queue.queueUrl));

    const records = recordsOf(harness.fake.invocations);
    expect(countsOf(records.map((record) => record.body))).toEqual({ a: 3, b: 3, c: 3, d: 3 });
    expect(Math.max(...harness.fake.invocations.map(({ event }) => event.Records.length))).toBeLessThanOrEqual(4);
    // A repeat is the same stored message: its id, receipt handle and receive count.
    for (const body of ['a', 'b', 'c', 'd']) {
      const copies = records.filter((record) => record.body === body);
      expect(new Set(copies.map((record) => `${record.messageId} ${record.receiptHandle}`)).size).toBe(1);
    }
    expect(duplicates).toEqual({ repeated: 8, resent: 0 });
    expect(harness.logs).toEqual([]);
  });

  it('sends `resends` copies back to the queue as new messages, which come later and are not copied again', async () => {
    const queue = await createTestQueue(harness.sqs, 'chaos-resend');
    await sendBodies(harness.sqs, queue.queueUrl, ['x', 'y']);
    const duplicates: DuplicateTally = { repeated: 0, resent: 0 };

    harness.startMapping(queue, { deliveryChaos: { copies: 3, resends: 1, seed: 3 }, duplicates });
    await eventually('six records were delivered', () => recordsOf(harness.fake.invocations).length === 6);
    await eventually('the queue is empty', queueIsEmpty(queue.queueUrl));

    const [first, ...later] = harness.fake.invocations.map(({ event }) => event.Records);
    expect(countsOf((first ?? []).map((record) => record.body))).toEqual({ x: 2, y: 2 });
    expect(countsOf(later.flat().map((record) => record.body))).toEqual({ x: 1, y: 1 });
    expect(new Set(recordsOf(harness.fake.invocations).map((record) => record.messageId)).size).toBe(4);
    // Nothing is waiting or in flight, so no copy of a copy is coming.
    expect(bodiesOf(harness.fake.invocations)).toHaveLength(6);
    expect(duplicates).toEqual({ repeated: 2, resent: 2 });
  });

  it('resends a message that failed and came back only the first time it was received', async () => {
    const queue = await createTestQueue(harness.sqs, 'chaos-retried');
    await sendBodies(harness.sqs, queue.queueUrl, ['flaky']);
    const duplicates: DuplicateTally = { repeated: 0, resent: 0 };
    let invocations = 0;
    harness.fake.answer = () => (++invocations === 1 ? { unhandledError: 'not yet' } : { result: {} });
    harness.startMapping(queue, { deliveryChaos: { copies: 2, resends: 1, seed: 5 }, duplicates });
    await eventually('three records were delivered', () => recordsOf(harness.fake.invocations).length === 3);
    await eventually('the queue is empty', queueIsEmpty(queue.queueUrl));

    const records = recordsOf(harness.fake.invocations);
    const originalId = records[0]?.messageId;
    expect(records.filter((record) => record.messageId === originalId)).toHaveLength(2);
    expect(bodiesOf(harness.fake.invocations)).toEqual(['flaky', 'flaky', 'flaky']);
    expect(duplicates).toEqual({ repeated: 0, resent: 1 });
    expect(harness.logs).toEqual([
      `chaos-retried → ${FUNCTION_NAME}: 1 message failed: function error Unhandled (Error); they return after the visibility timeout`,
    ]);
  });
});

describe('arranging a batch for delivery chaos', () => {
  const sqs = new SQSClient({ region: 'us-east-1' });
  const queue = {
    sqs,
    queueUrl: 'http://127.0.0.1:9/000000000000/orders-dev-queue',
    queueArn: 'arn:aws:sqs:us-east-1:000000000000:orders-dev-queue',
    batchSize: 100,
    log: () => undefined,
  };
  const batch = Array.from({ length: 8 }, (_, index) => ({
    MessageId: `m-${index}`,
    ReceiptHandle: `r-${index}`,
    Body: String(index),
  }));
  /** What chaos delivers of a batch it receives first: resend() takes note of its payloads. */
  const arranged = async (chaos: DeliveryChaos) => {
    const runner = createDeliveryChaos(chaos, queue);
    await runner.resend(batch);
    return runner.arrange(batch).flatMap((invocation) => invocation.map((m) => m.MessageId));
  };

  afterAll(() => sqs.destroy());

  it('shuffles the same way for the same seed and another way for another seed', async () => {
    const sevenA = await arranged({ copies: 2, shuffle: true, seed: 7 });

    expect(await arranged({ copies: 2, shuffle: true, seed: 7 })).toEqual(sevenA);
    expect(await arranged({ copies: 2, shuffle: true, seed: 8 })).not.toEqual(sevenA);
    expect([...sevenA].sort()).toEqual(batch.flatMap((m) => [m.MessageId, m.MessageId]).sort());
  });

  it('cuts what it delivers into invocations of at most the batch size, in order', async () => {
    const runner = createDeliveryChaos({ copies: 2, seed: 7 }, { ...queue, batchSize: 3 });
    await runner.resend(batch);

    const invocations = runner.arrange(batch).map((invocation) => invocation.map((m) => m.MessageId));

    expect(invocations.map((invocation) => invocation.length)).toEqual([3, 3, 3, 3, 3, 1]);
    expect(invocations.flat()).toEqual(batch.flatMap((m) => [m.MessageId, m.MessageId]));
  });

  it('keeps the order received, each message with its repeats, when told not to shuffle', async () => {
    expect(await arranged({ copies: 2, seed: 7 })).toEqual(batch.flatMap((m) => [m.MessageId, m.MessageId]));
  });

  // A consumer that answers a duplicate by publishing its recorded outcome again publishes the same
  // payload; SNS and EventBridge wrap it with a new id and time.
  const published = (index: number) => ({
    sns: JSON.stringify({
      Type: 'Notification',
      MessageId: `sns-${index}`,
      TopicArn: 'arn:aws:sns:us-east-1:000000000000:payments-dev-events',
      Message: '{"id":"e-1","type":"PaymentSucceeded"}',
      Timestamp: `2026-11-23T10:00:0${index}.000Z`,
    }),
    events: JSON.stringify({
      version: '0',
      id: `eb-${index}`,
      'detail-type': 'OrderConfirmed',
      source: 'commerce.orders',
      time: `2026-11-23T10:00:0${index}Z`,
      detail: { id: 'e-2', type: 'OrderConfirmed' },
    }),
  });

  it.each(['sns', 'events'] as const)(
    'multiplies a payload once per queue, and delivers the same %s payload published again as it comes',
    async (transport) => {
      const chaos = createDeliveryChaos({ copies: 3, seed: 1 }, queue);
      const first = { MessageId: 'first', ReceiptHandle: 'r-1', Body: published(1)[transport] };
      const again = { MessageId: 'again', ReceiptHandle: 'r-2', Body: published(2)[transport] };
      const other = { MessageId: 'other', ReceiptHandle: 'r-3', Body: 'another payload' };

      await chaos.resend([first]);
      const firstBatch = chaos
        .arrange([first])
        .flat()
        .map((m) => m.MessageId);
      await chaos.resend([again, other]);
      const laterBatch = chaos
        .arrange([again, other])
        .flat()
        .map((m) => m.MessageId);

      expect(firstBatch).toEqual(['first', 'first', 'first']);
      expect(laterBatch).toEqual(['again', 'other', 'other', 'other']);
    },
  );

  it.each<[string, DeliveryChaos, RegExp]>([
    ['no delivery at all', { copies: 0, seed: 1 }, /copies must be an integer from 1 to 10, not 0/],
    [
      'as many resends as copies',
      { copies: 2, resends: 2, seed: 1 },
      /resends must be an integer from 0 to copies - 1 \(1\), not 2/,
    ],
    ['a delay SQS would refuse', { copies: 2, resends: 1, maxDelaySeconds: 901, seed: 1 }, /from 0 to 900, not 901/],
    ['a seed that is not an integer', { copies: 2, seed: 0.5 }, /seed must be an integer/],
  ])('refuses %s', (_case, chaos, message) => {
    expect(() => createDeliveryChaos(chaos, queue)).toThrow(message);
  });
});
