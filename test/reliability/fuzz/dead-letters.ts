import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

/** A receiver's queue, its DLQ, and the redrive policy between them. */
export interface QueuePair {
  name: string;
  url: string;
  dlqUrl: string;
  maxReceiveCount: number;
  visibilityTimeout: number;
}

export const queuePair = async (sqs: SQSClient, name: string): Promise<QueuePair> => {
  const urlOf = async (QueueName: string) => (await sqs.send(new GetQueueUrlCommand({ QueueName }))).QueueUrl!;
  const url = await urlOf(name);
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['RedrivePolicy', 'VisibilityTimeout'] }),
  );
  const policy = JSON.parse(Attributes.RedrivePolicy ?? 'null') as {
    maxReceiveCount: number;
    deadLetterTargetArn: string;
  } | null;
  if (!policy) throw new Error(`${name} has no redrive policy: its poison would be retried forever`);
  return {
    name,
    url,
    dlqUrl: await urlOf(policy.deadLetterTargetArn.split(':').pop()!),
    maxReceiveCount: Number(policy.maxReceiveCount),
    visibilityTimeout: Number(Attributes.VisibilityTimeout),
  };
};

/** Sets how long a received message stays hidden (seconds). */
export const setVisibility = (sqs: SQSClient, queue: QueuePair, seconds: number) =>
  sqs.send(new SetQueueAttributesCommand({ QueueUrl: queue.url, Attributes: { VisibilityTimeout: String(seconds) } }));

/** Sends each body as a message of its own; their message ids, in order. */
export const sendEach = async (sqs: SQSClient, queue: QueuePair, bodies: readonly string[]): Promise<string[]> => {
  const ids: string[] = [];
  for (const MessageBody of bodies)
    ids.push((await sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody }))).MessageId!);
  return ids;
};

/** How many messages a queue holds, in flight included. */
export const depthOf = async (sqs: SQSClient, url: string): Promise<number> => {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  // The local SQS counts in-flight messages in ApproximateNumberOfMessages too: the larger is the total.
  return Math.max(
    Number(Attributes.ApproximateNumberOfMessages),
    Number(Attributes.ApproximateNumberOfMessagesNotVisible),
  );
};

/**
 * The ids of every message in a DLQ, read without deleting them (each stays hidden for a minute
 * after it is read, so one read sees each once).
 */
export const deadLetterIds = async (sqs: SQSClient, queue: QueuePair): Promise<string[]> => {
  const ids = new Set<string>();
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queue.dlqUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 60,
        WaitTimeSeconds: 0,
      }),
    );
    if (Messages.length === 0) return [...ids].sort();
    for (const message of Messages) ids.add(message.MessageId!);
  }
};
