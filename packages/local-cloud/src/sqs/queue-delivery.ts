import { GetQueueUrlCommand, SendMessageCommand, SQSClient, type MessageAttributeValue } from '@aws-sdk/client-sqs';
import type { EdgeContext } from '../edge/emulated-service.js';
import { LOCAL_CREDENTIALS, resourceNameOf } from '../local-account.js';

export interface QueueMessage {
  body: string;
  attributes?: Record<string, MessageAttributeValue>;
}

/** Delivers messages to SQS queues named by ARN, as SNS subscriptions and EventBridge targets do. */
export interface QueueDelivery {
  /** Resolves once the queue has stored the message; rejects when the queue does not exist. */
  send(queueArn: string, message: QueueMessage): Promise<void>;
  stop(): void;
}

/**
 * Delivery through the edge itself with the real SQS client, so a delivered message is stored,
 * counted and redriven exactly like one a service sent. Queue URLs are looked up once per ARN.
 */
export const createQueueDelivery = ({ url, region }: EdgeContext, deliverer: 'sns' | 'events'): QueueDelivery => {
  // The app id names the deliverer to the edge's request meter (sends made by SNS vs EventBridge).
  const sqs = new SQSClient({
    endpoint: url,
    region,
    credentials: LOCAL_CREDENTIALS,
    userAgentAppId: `local-cloud-${deliverer}`,
  });
  const urls = new Map<string, Promise<string>>();
  const queueUrlOf = (queueArn: string): Promise<string> => {
    let queueUrl = urls.get(queueArn);
    if (!queueUrl) {
      queueUrl = sqs
        .send(new GetQueueUrlCommand({ QueueName: resourceNameOf(queueArn) }))
        .then(({ QueueUrl }) => QueueUrl as string);
      // A queue created later must be found then, so a failed lookup is not remembered.
      queueUrl.catch(() => urls.delete(queueArn));
      urls.set(queueArn, queueUrl);
    }
    return queueUrl;
  };
  return {
    async send(queueArn, { body, attributes }) {
      const QueueUrl = await queueUrlOf(queueArn);
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body, MessageAttributes: attributes }));
    },
    stop: () => sqs.destroy(),
  };
};
