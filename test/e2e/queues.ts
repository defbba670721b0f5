import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListQueuesCommand,
  SetQueueAttributesCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, type Edge } from '@commerce/local-cloud/testing';

/** What a queue holds: waiting to be received, received and not yet deleted, and sent with a delay. */
export interface QueueCounts {
  waiting: number;
  inFlight: number;
  delayed: number;
}

const withSqs = async <T>(edge: Edge, use: (sqs: SQSClient) => Promise<T>): Promise<T> => {
  const sqs = new SQSClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
  try {
    return await use(sqs);
  } finally {
    sqs.destroy();
  }
};

const urlOf = async (sqs: SQSClient, QueueName: string) =>
  (await sqs.send(new GetQueueUrlCommand({ QueueName }))).QueueUrl!;

/**
 * The local SQS counts in-flight messages in ApproximateNumberOfMessages too (local-cloud's README),
 * so what waits is that count less ApproximateNumberOfMessagesNotVisible.
 */
const countsAt = async (sqs: SQSClient, QueueUrl: string): Promise<QueueCounts> => {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  const inFlight = Number(Attributes.ApproximateNumberOfMessagesNotVisible);
  return {
    waiting: Math.max(0, Number(Attributes.ApproximateNumberOfMessages) - inFlight),
    inFlight,
    delayed: Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0),
  };
};

/** What the named queue holds now. */
export const queueCounts = (edge: Edge, queueName: string): Promise<QueueCounts> =>
  withSqs(edge, async (sqs) => countsAt(sqs, await urlOf(sqs, queueName)));

/** Every queue's name (fewer than the 1000 one ListQueues page holds, on a local system). */
export const queueNames = (edge: Edge): Promise<string[]> =>
  withSqs(edge, async (sqs) => {
    const { QueueUrls = [] } = await sqs.send(new ListQueuesCommand({ MaxResults: 1000 }));
    return QueueUrls.map((url) => url.slice(url.lastIndexOf('/') + 1)).sort();
  });

/** The receives after which the named queue's redrive policy moves a message to its DLQ. */
export const maxReceiveCountOf = (edge: Edge, queueName: string): Promise<number> =>
  withSqs(edge, async (sqs) => {
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: await urlOf(sqs, queueName), AttributeNames: ['RedrivePolicy'] }),
    );
    return Number((JSON.parse(Attributes.RedrivePolicy ?? '{}') as { maxReceiveCount?: number }).maxReceiveCount);
  });

/**
 * Sets how long a received message stays hidden before SQS hands it out again, and resolves to the
 * value it replaces, to set it back. A test that must see a message fail `maxReceiveCount` times
 * shortens its queue's 90 s with this rather than wait six minutes.
 */
export const setVisibilityTimeout = (edge: Edge, queueName: string, seconds: number): Promise<number> =>
  withSqs(edge, async (sqs) => {
    const QueueUrl = await urlOf(sqs, queueName);
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['VisibilityTimeout'] }),
    );
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { VisibilityTimeout: String(seconds) } }));
    return Number(Attributes.VisibilityTimeout);
  });

/**
 * Waits until every named queue is empty, in flight and delayed included: what was sent to it has
 * been handled (or has gone to its DLQ). Empty three readings in a row, a quarter second apart: the
 * queues are read at once, not in one instant, so a message one consumer hands to the next queue
 * between two reads could otherwise pass unseen.
 */
export const drained = (edge: Edge, names: readonly string[], waitMs = 90_000) =>
  withSqs(edge, async (sqs) => {
    const urls = await Promise.all(names.map((name) => urlOf(sqs, name)));
    const deadline = Date.now() + waitMs;
    let quiet = 0;
    for (;;) {
      const held = await Promise.all(
        urls.map(async (url) => {
          const { waiting, inFlight, delayed } = await countsAt(sqs, url);
          return waiting + inFlight + delayed;
        }),
      );
      quiet = held.every((count) => count === 0) ? quiet + 1 : 0;
      if (quiet === 3) return;
      if (Date.now() > deadline)
        throw new Error(`queues still busy after ${waitMs} ms: ${names.join(', ')} = ${held.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
