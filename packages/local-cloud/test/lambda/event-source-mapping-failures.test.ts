import type { SqsEvent } from '../../src/lambda/sqs-event.js';
import { freePort, startFakeLambda, type FunctionAnswer } from './fake-lambda.js';
import { FUNCTION_NAME, useHarness } from './harness.js';
import { bodiesIn, createTestQueue, eventually, isEmpty, messageCounts, sendBodies } from './local-queues.js';

// https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
const receivedAs = (event: SqsEvent | undefined) =>
  event?.Records.map(({ body, attributes }) => [body, attributes['ApproximateReceiveCount']]).sort();

describe('an SQS event source mapping when the function fails', () => {
  const harness = useHarness();
  const queueIsEmpty = (queueUrl: string) => isEmpty(harness.sqs, queueUrl);

  it('returns only the messages named in batchItemFailures and deletes the others', async () => {
    const queue = await createTestQueue(harness.sqs, 'partial');
    await sendBodies(harness.sqs, queue.queueUrl, ['{"secret":"a"}', '{"secret":"b"}', '{"secret":"c"}']);
    harness.fake.answer = ({ Records }) => ({
      result: {
        batchItemFailures: Records.filter(
          (record) => record.body.includes('"b"') && record.attributes['ApproximateReceiveCount'] === '1',
        ).map((record) => ({ itemIdentifier: record.messageId })),
      },
    });

    harness.startMapping(queue, { reportBatchItemFailures: true });
    await eventually('the failed message came back', () => harness.fake.invocations.length === 2);
    await eventually('the queue is empty', queueIsEmpty(queue.queueUrl));

    const [first, second] = harness.fake.invocations.map(({ event }) => receivedAs(event));
    expect(first).toEqual([
      ['{"secret":"a"}', '1'],
      ['{"secret":"b"}', '1'],
      ['{"secret":"c"}', '1'],
    ]);
    expect(second).toEqual([['{"secret":"b"}', '2']]);
    expect(harness.logs).toEqual([
      `partial → ${FUNCTION_NAME}: 1 of 3 messages reported in batchItemFailures; they return after the visibility timeout`,
    ]);
  });

  it('returns every message of a batch whose function throws, until the redrive policy moves them to the DLQ', async () => {
    const queue = await createTestQueue(harness.sqs, 'throws', { maxReceiveCount: 2 });
    await sendBodies(harness.sqs, queue.queueUrl, ['{"secret":"x"}', '{"secret":"y"}']);
    harness.fake.answer = () => ({ unhandledError: 'cannot process {"secret":"x"}' });

    harness.startMapping(queue, { reportBatchItemFailures: true });
    await eventually('both are in the DLQ', async () => (await messageCounts(harness.sqs, queue.dlqUrl)).visible === 2);

    expect(harness.fake.invocations.map(({ event }) => receivedAs(event))).toEqual([
      [
        ['{"secret":"x"}', '1'],
        ['{"secret":"y"}', '1'],
      ],
      [
        ['{"secret":"x"}', '2'],
        ['{"secret":"y"}', '2'],
      ],
    ]);
    expect(await bodiesIn(harness.sqs, queue.dlqUrl)).toEqual(['{"secret":"x"}', '{"secret":"y"}']);
    expect(await queueIsEmpty(queue.queueUrl)()).toBe(true);
    expect(harness.logs).toEqual(
      Array(2).fill(
        `throws → ${FUNCTION_NAME}: 2 messages failed: function error Unhandled (Error); they return after the visibility timeout`,
      ),
    );
    expect(harness.logs.join('\n')).not.toContain('secret');
  });

  it('retries the whole batch when batchItemFailures names a message not in it', async () => {
    const queue = await createTestQueue(harness.sqs, 'invalid');
    await sendBodies(harness.sqs, queue.queueUrl, ['1', '2']);
    harness.fake.answer = () =>
      harness.fake.invocations.length === 1
        ? { result: { batchItemFailures: [{ itemIdentifier: 'not-a-message' }] } }
        : {};

    harness.startMapping(queue, { reportBatchItemFailures: true });
    await eventually('the batch came back', () => harness.fake.invocations.length === 2);
    await eventually('the queue is empty', queueIsEmpty(queue.queueUrl));

    expect(receivedAs(harness.fake.invocations[1]?.event)).toEqual([
      ['1', '2'],
      ['2', '2'],
    ]);
    expect(harness.logs[0]).toContain(
      'invalid batchItemFailures response, itemIdentifier "not-a-message" is not in the batch',
    );
  });

  it('returns the batch when the Invoke call itself fails', async () => {
    const queue = await createTestQueue(harness.sqs, 'not-served');
    await sendBodies(harness.sqs, queue.queueUrl, ['1']);
    harness.fake.answer = (): FunctionAnswer => (harness.fake.invocations.length === 1 ? { apiError: 404 } : {});

    harness.startMapping(queue);
    await eventually('the message came back', () => harness.fake.invocations.length === 2);
    await eventually('the queue is empty', queueIsEmpty(queue.queueUrl));

    expect(receivedAs(harness.fake.invocations[1]?.event)).toEqual([['1', '2']]);
    expect(harness.logs).toEqual([
      expect.stringMatching(
        /^not-served → orders-dev-receiver: 1 message failed: invoke failed \(ResourceNotFoundException: /,
      ),
    ]);
  });

  it('ignores batchItemFailures when the mapping does not report them', async () => {
    const queue = await createTestQueue(harness.sqs, 'not-reporting');
    await sendBodies(harness.sqs, queue.queueUrl, ['1']);
    harness.fake.answer = ({ Records }) => ({
      result: { batchItemFailures: [{ itemIdentifier: Records[0]?.messageId }] },
    });

    harness.startMapping(queue, { reportBatchItemFailures: false });
    await eventually('the message was delivered', () => harness.fake.invocations.length === 1);
    await eventually('the queue is empty', queueIsEmpty(queue.queueUrl));

    expect(harness.logs).toEqual([]);
  });

  it('receives nothing while the function is down, and delivers once it is up', async () => {
    const queue = await createTestQueue(harness.sqs, 'down', { maxReceiveCount: 1 });
    await sendBodies(harness.sqs, queue.queueUrl, ['1', '2']);
    const port = await freePort();

    harness.startMapping(queue, { port });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const whileDown = await messageCounts(harness.sqs, queue.queueUrl);
    const revived = await startFakeLambda(port);
    try {
      await eventually('both were delivered', () => revived.invocations.length > 0 && queueIsEmpty(queue.queueUrl)());

      expect(whileDown).toEqual({ visible: 2, inFlight: 0 });
      expect(receivedAs(revived.invocations[0]?.event)).toEqual([
        ['1', '1'],
        ['2', '1'],
      ]);
      expect(await bodiesIn(harness.sqs, queue.dlqUrl)).toEqual([]);
      expect(harness.logs).toEqual([
        `down → ${FUNCTION_NAME}: nothing accepts connections at 127.0.0.1:${port}; not receiving until the function is back`,
        `down → ${FUNCTION_NAME}: 127.0.0.1:${port} accepts connections again; receiving`,
      ]);
    } finally {
      await revived.stop();
    }
  });
});
