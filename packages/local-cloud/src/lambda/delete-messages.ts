import { DeleteMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ReceivedMessage } from './sqs-event.js';

/** DeleteMessageBatch takes at most ten entries per call. */
const ENTRIES_PER_CALL = 10;

const chunksOf = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * Deletes processed messages, ten per DeleteMessageBatch call as the poller does, and resolves to
 * how many SQS refused (an expired receipt handle, say), so the caller can report them.
 *
 * @internal
 */
export const deleteMessages = async (
  sqs: SQSClient,
  queueUrl: string,
  messages: readonly ReceivedMessage[],
): Promise<number> => {
  const refused = await Promise.all(
    chunksOf(messages, ENTRIES_PER_CALL).map(async (chunk) => {
      const { Failed = [] } = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          // Entry IDs only need to be unique within one call.
          Entries: chunk.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle })),
        }),
      );
      return Failed.length;
    }),
  );
  return refused.reduce((sum, count) => sum + count, 0);
};
