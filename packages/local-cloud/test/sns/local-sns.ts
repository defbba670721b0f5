import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
  type Message,
} from '@aws-sdk/client-sqs';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';
import { LOCAL_CREDENTIALS } from '../../src/local-account.js';
import { createSnsService } from '../../src/sns/sns-service.js';

/** An edge serving SNS (and the default SQS), with real SDK clients pointed at it. */
export interface LocalSns {
  edge: Edge;
  sns: SNSClient;
  sqs: SQSClient;
  stop(): Promise<void>;
}

export const startLocalSns = async (): Promise<LocalSns> => {
  const edge = await startEdge({ port: 0, services: { sns: createSnsService } });
  const config = { endpoint: edge.url, region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
  const sns = new SNSClient({ ...config, maxAttempts: 1 });
  const sqs = new SQSClient(config);
  return {
    edge,
    sns,
    sqs,
    stop: async () => {
      sns.destroy();
      sqs.destroy();
      await edge.stop();
    },
  };
};

export interface TestQueue {
  url: string;
  arn: string;
}

export const createQueue = async ({ sqs }: LocalSns, name: string): Promise<TestQueue> => {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl as string, arn: Attributes?.['QueueArn'] as string };
};

export const createTopic = async ({ sns }: LocalSns, name: string): Promise<string> =>
  (await sns.send(new CreateTopicCommand({ Name: name }))).TopicArn as string;

export const subscribeQueue = async (
  { sns }: LocalSns,
  topicArn: string,
  queue: TestQueue,
  attributes: Record<string, string> = {},
): Promise<string> =>
  (
    await sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: attributes }),
    )
  ).SubscriptionArn as string;

/**
 * Everything waiting in a queue. Publish answers only once delivery is done, so no wait is needed
 * to see a delivered message, and an empty answer means nothing was delivered.
 */
export const receiveAll = async ({ sqs }: LocalSns, queue: TestQueue): Promise<Message[]> => {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queue.url,
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
      VisibilityTimeout: 30,
    }),
  );
  return Messages;
};

/** What the code under test writes to stderr while `act` runs. */
export const stderrDuring = async (act: () => Promise<unknown>): Promise<string> => {
  const original = process.stderr.write;
  let written = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    written += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stderr.write;
  try {
    await act();
  } finally {
    process.stderr.write = original;
  }
  return written;
};
