import { CreateQueueCommand, GetQueueUrlCommand, SetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { expectSameIdentifier, isAwsError } from './aws-errors.js';
import type { QueuePlan } from './stack-plan.js';

/**
 * Queues ordered so each dead-letter queue comes before the queues whose RedrivePolicy names it:
 * SQS refuses a redrive policy whose target does not exist yet.
 *
 * @internal
 */
const deadLetterTargetOf = ({ attributes }: QueuePlan): unknown => {
  try {
    return (JSON.parse(attributes['RedrivePolicy'] ?? '{}') as { deadLetterTargetArn?: unknown }).deadLetterTargetArn;
  } catch {
    return undefined; // CreateQueue reports a malformed policy with SQS's own message.
  }
};

export const deadLetterQueuesFirst = (queues: readonly QueuePlan[]): QueuePlan[] => {
  const byArn = new Map(queues.map((queue) => [queue.arn, queue]));
  const ordered = new Set<QueuePlan>();
  const visit = (queue: QueuePlan, path: ReadonlySet<QueuePlan>): void => {
    if (ordered.has(queue) || path.has(queue)) return;
    const target = byArn.get(String(deadLetterTargetOf(queue)));
    if (target) visit(target, new Set([...path, queue]));
    ordered.add(queue);
  };
  for (const queue of queues) visit(queue, new Set());
  return [...ordered];
};

// A queue's type cannot change after creation (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html).
const withoutImmutable = ({ FifoQueue: _fifo, ...attributes }: Readonly<Record<string, string>>) => attributes;

const createQueue = async (sqs: SQSClient, queue: QueuePlan): Promise<void> => {
  try {
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: queue.name, Attributes: { ...queue.attributes } }),
    );
    expectSameIdentifier(`queue ${queue.name}`, queue.url, QueueUrl);
  } catch (error) {
    // CreateQueue is idempotent for the same attributes; different ones mean the template changed
    // since the queue was created, so the queue is updated in place, as a stack update does.
    if (!isAwsError(error, 'QueueNameExists')) throw error;
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: queue.name }));
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: withoutImmutable(queue.attributes) }));
  }
};

/** @internal */
export const createQueues = async (sqs: SQSClient, queues: readonly QueuePlan[]): Promise<void> => {
  for (const queue of deadLetterQueuesFirst(queues)) await createQueue(sqs, queue);
};
