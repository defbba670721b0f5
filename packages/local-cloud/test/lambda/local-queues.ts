import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface TestQueue {
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly dlqUrl: string;
}

const arnOf = async (sqs: SQSClient, queueUrl: string): Promise<string> => {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  return Attributes?.['QueueArn'] ?? '';
};

/**
 * A queue with a one-second visibility timeout unless told otherwise, so failed messages return
 * fast, and a dead-letter queue that takes them after `maxReceiveCount` receives.
 */
export const createTestQueue = async (
  sqs: SQSClient,
  name: string,
  { maxReceiveCount = 5, visibilityTimeout = 1 } = {},
): Promise<TestQueue> => {
  const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-dlq` }));
  const dlqUrl = dlq.QueueUrl as string;
  const { QueueUrl } = await sqs.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: {
        VisibilityTimeout: String(visibilityTimeout),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: await arnOf(sqs, dlqUrl), maxReceiveCount }),
      },
    }),
  );
  const queueUrl = QueueUrl as string;
  return { queueUrl, queueArn: await arnOf(sqs, queueUrl), dlqUrl };
};

/** Sends the bodies in order, ten per call. */
export const sendBodies = async (sqs: SQSClient, queueUrl: string, bodies: readonly string[]): Promise<void> => {
  for (let start = 0; start < bodies.length; start += 10) {
    const Entries = bodies.slice(start, start + 10).map((body, index) => ({ Id: String(index), MessageBody: body }));
    await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries }));
  }
};

/** Messages waiting to be received, and messages received but neither deleted nor returned yet. */
export const messageCounts = async (
  sqs: SQSClient,
  queueUrl: string,
): Promise<{ visible: number; inFlight: number }> => {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  const inFlight = Number(Attributes['ApproximateNumberOfMessagesNotVisible']);
  // local-aws-sqs counts in-flight messages in ApproximateNumberOfMessages; SQS counts only those
  // available for retrieval (README, "Differences from AWS"). Subtracting gives SQS's number.
  return { visible: Number(Attributes['ApproximateNumberOfMessages']) - inFlight, inFlight };
};

/** A check for `eventually`: nothing waits in the queue and nothing is in flight. */
export const isEmpty = (sqs: SQSClient, queueUrl: string) => async (): Promise<boolean> => {
  const { visible, inFlight } = await messageCounts(sqs, queueUrl);
  return visible === 0 && inFlight === 0;
};

/**
 * The bodies now in a queue (a dead-letter queue, say), received once without waiting, so they
 * stay hidden for the queue's visibility timeout: wait with `messageCounts`, then read.
 */
export const bodiesIn = async (sqs: SQSClient, queueUrl: string): Promise<string[]> => {
  const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }));
  return Messages.map((message) => message.Body ?? '').sort();
};

/** Resolves once `condition` holds, checking every 50 ms; fails after `timeoutMs` with `what`. */
export const eventually = async (
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 4_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
