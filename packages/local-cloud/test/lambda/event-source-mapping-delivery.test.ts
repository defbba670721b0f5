import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { createHash } from 'node:crypto';
import { FUNCTION_NAME, useHarness } from './harness.js';
import { createTestQueue, eventually, messageCounts, sendBodies } from './local-queues.js';

const recordCount = (invocations: { event: { Records: unknown[] } }[]) =>
  invocations.reduce((sum, { event }) => sum + event.Records.length, 0);

describe('an SQS event source mapping delivering to a function', () => {
  const harness = useHarness();

  // The standard queue message event of https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
  it('invokes the function synchronously with the record shape Lambda sends, then deletes the message', async () => {
    const queue = await createTestQueue(harness.sqs, 'shape');
    const body = '{"orderId":"o-1"}';
    const sent = await harness.sqs.send(
      new SendMessageCommand({
        QueueUrl: queue.queueUrl,
        MessageBody: body,
        MessageAttributes: {
          tenant: { DataType: 'String', StringValue: 'acme' },
          amount: { DataType: 'Number', StringValue: '42' },
          signature: { DataType: 'Binary', BinaryValue: Buffer.from('sig') },
        },
      }),
    );

    harness.startMapping(queue);
    await eventually('the function was invoked', () => harness.fake.invocations.length === 1);
    await eventually(
      'the message was deleted',
      async () => (await messageCounts(harness.sqs, queue.queueUrl)).inFlight === 0,
    );

    const [invocation] = harness.fake.invocations;
    const lists = { stringListValues: [], binaryListValues: [] };
    expect(invocation?.functionName).toBe(FUNCTION_NAME);
    expect(invocation?.invocationType).toBe('RequestResponse');
    expect(invocation?.event).toEqual({
      Records: [
        {
          messageId: sent.MessageId,
          receiptHandle: expect.any(String),
          body,
          attributes: {
            ApproximateReceiveCount: '1',
            SentTimestamp: expect.stringMatching(/^\d{13}$/),
            SenderId: expect.any(String),
            ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
          },
          messageAttributes: {
            tenant: { stringValue: 'acme', ...lists, dataType: 'String' },
            amount: { stringValue: '42', ...lists, dataType: 'Number' },
            signature: { binaryValue: Buffer.from('sig').toString('base64'), ...lists, dataType: 'Binary' },
          },
          md5OfMessageAttributes: sent.MD5OfMessageAttributes,
          md5OfBody: createHash('md5').update(body).digest('hex'),
          eventSource: 'aws:sqs',
          eventSourceARN: queue.queueArn,
          awsRegion: 'us-east-1',
        },
      ],
    });
    expect(await messageCounts(harness.sqs, queue.queueUrl)).toEqual({ visible: 0, inFlight: 0 });
  });

  it('sends at most batchSize records per invocation', async () => {
    const queue = await createTestQueue(harness.sqs, 'batch-size');
    await sendBodies(harness.sqs, queue.queueUrl, ['1', '2', '3', '4', '5']);

    harness.startMapping(queue, { batchSize: 2 });
    await eventually('all five were delivered', () => recordCount(harness.fake.invocations) === 5);

    expect(harness.fake.invocations.map(({ event }) => event.Records.length)).toEqual([2, 2, 1]);
  });

  it('gathers a batch above ten messages over several receives within the batching window', async () => {
    const queue = await createTestQueue(harness.sqs, 'large-batch');
    await sendBodies(
      harness.sqs,
      queue.queueUrl,
      Array.from({ length: 15 }, (_, index) => `m-${index}`),
    );

    harness.startMapping(queue, { batchSize: 15, maximumBatchingWindowInSeconds: 1 });
    await eventually('all fifteen were delivered', () => recordCount(harness.fake.invocations) === 15);

    expect(harness.fake.invocations).toHaveLength(1);
  });

  it('waits out the batching window for messages sent after the first', async () => {
    // AWS advises a visibility timeout longer than the window, or messages return before delivery.
    const queue = await createTestQueue(harness.sqs, 'window', { visibilityTimeout: 5 });
    await sendBodies(harness.sqs, queue.queueUrl, ['early']);

    harness.startMapping(queue, { batchSize: 20, maximumBatchingWindowInSeconds: 2 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await sendBodies(harness.sqs, queue.queueUrl, ['late']);
    await eventually('both were delivered', () => recordCount(harness.fake.invocations) === 2);

    expect(harness.fake.invocations.map(({ event }) => event.Records.map((record) => record.body))).toEqual([
      ['early', 'late'],
    ]);
  });

  it('delivers a message that returns within the batching window once, as last received', async () => {
    const queue = await createTestQueue(harness.sqs, 'returns-in-window', { visibilityTimeout: 1 });
    await sendBodies(harness.sqs, queue.queueUrl, ['only']);

    harness.startMapping(queue, { batchSize: 20, maximumBatchingWindowInSeconds: 2 });
    await eventually('it was delivered', () => harness.fake.invocations.length === 1);

    const records = harness.fake.invocations[0]?.event.Records ?? [];
    expect(records.map(({ body }) => body)).toEqual(['only']);
    expect(Number(records[0]?.attributes['ApproximateReceiveCount'])).toBeGreaterThan(1);
  });

  it('delivers one batch at a time unless concurrency allows more', async () => {
    const slowly = () => new Promise<{ result?: unknown }>((resolve) => setTimeout(() => resolve({}), 200));
    harness.fake.answer = slowly;
    const serial = await createTestQueue(harness.sqs, 'serial');
    const parallel = await createTestQueue(harness.sqs, 'parallel');
    await sendBodies(harness.sqs, serial.queueUrl, ['1', '2', '3']);

    harness.startMapping(serial, { batchSize: 1 });
    await eventually('three were answered', () => harness.fake.counts.answered === 3);
    const serialMax = harness.fake.counts.maxInFlight;
    await sendBodies(harness.sqs, parallel.queueUrl, ['4', '5', '6', '7']);
    harness.startMapping(parallel, { batchSize: 1, concurrency: 2 });
    await eventually('seven were answered', () => harness.fake.counts.answered === 7);

    expect(serialMax).toBe(1);
    expect(harness.fake.counts.maxInFlight).toBe(2);
  });
});
