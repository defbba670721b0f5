import { freePort } from './fake-lambda.js';
import { useHarness } from './harness.js';
import { createTestQueue, eventually, messageCounts, sendBodies } from './local-queues.js';

const millisecondsTaken = async (action: () => Promise<void>): Promise<number> => {
  const started = Date.now();
  await action();
  return Date.now() - started;
};

describe('stopping an SQS event source mapping', () => {
  const harness = useHarness();

  it('stops within one short poll and leaves no receive behind to take a later message', async () => {
    const queue = await createTestQueue(harness.sqs, 'idle');
    const mapping = harness.startMapping(queue);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const taken = await millisecondsTaken(() => mapping.stop());
    await sendBodies(harness.sqs, queue.queueUrl, ['after the stop']);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(taken).toBeLessThan(5_000);
    expect(await messageCounts(harness.sqs, queue.queueUrl)).toEqual({ visible: 1, inFlight: 0 });
  });

  it('ends the wait for a function that is down', async () => {
    const queue = await createTestQueue(harness.sqs, 'idle-down');
    const mapping = harness.startMapping(queue, { port: await freePort() });
    await new Promise((resolve) => setTimeout(resolve, 600));

    const taken = await millisecondsTaken(() => mapping.stop());

    expect(taken).toBeLessThan(1_000);
  });

  it('lets the invocation in flight finish and its messages be deleted before resolving', async () => {
    const queue = await createTestQueue(harness.sqs, 'in-flight', { visibilityTimeout: 5 });
    harness.fake.answer = () => new Promise((resolve) => setTimeout(() => resolve({}), 500));
    await sendBodies(harness.sqs, queue.queueUrl, ['1']);
    const mapping = harness.startMapping(queue);
    await eventually('the function was invoked', () => harness.fake.invocations.length === 1);

    await mapping.stop();

    expect(harness.fake.counts.answered).toBe(1);
    expect(await messageCounts(harness.sqs, queue.queueUrl)).toEqual({ visible: 0, inFlight: 0 });
  });
});
