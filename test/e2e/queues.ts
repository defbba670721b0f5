import { GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, type Edge } from '@commerce/local-cloud/testing';

/**
 * Waits until every named queue is empty, in flight included: what was sent to it has been handled
 * (or has gone to its DLQ). The local SQS counts in-flight messages in ApproximateNumberOfMessages
 * too, so both counts being zero means nothing waits and nothing is being worked on.
 */
export const drained = async (edge: Edge, queueNames: readonly string[], waitMs = 90_000) => {
  const sqs = new SQSClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
  try {
    const urls = await Promise.all(
      queueNames.map(async (QueueName) => (await sqs.send(new GetQueueUrlCommand({ QueueName }))).QueueUrl!),
    );
    const deadline = Date.now() + waitMs;
    for (;;) {
      const depths = await Promise.all(
        urls.map(async (QueueUrl) => {
          const { Attributes = {} } = await sqs.send(
            new GetQueueAttributesCommand({
              QueueUrl,
              AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
            }),
          );
          return (
            Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible)
          );
        }),
      );
      if (depths.every((depth) => depth === 0)) return;
      if (Date.now() > deadline)
        throw new Error(`queues still busy after ${waitMs} ms: ${queueNames.join(', ')} = ${depths.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    sqs.destroy();
  }
};
