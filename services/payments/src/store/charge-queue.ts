import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '@commerce/shared-core/logging';

export interface ChargeQueueOptions {
  queueUrl: string;
  /** Made on first use otherwise, with the endpoint from AWS_ENDPOINT_URL_SQS / AWS_ENDPOINT_URL. */
  client?: Pick<SQSClient, 'send'>;
}

let sharedClient: SQSClient | undefined;

/**
 * The charge queue, as far as the receiver acts on it: hiding a received message for a backoff so
 * SQS hands it back then, rather than after the queue's 90-second visibility timeout. This is how
 * a retry waits without the function sleeping (and being billed) through it.
 */
export const createChargeQueue = (options: ChargeQueueOptions) => ({
  /**
   * Never throws: if the change fails, the message simply returns after the queue's visibility
   * timeout, which is later but still a retry.
   */
  async hide(receiptHandle: string, seconds: number, log: Logger): Promise<void> {
    try {
      // Imported on the first retry, not at cold start: only a transient provider failure needs
      // SQS, and importing its client costs a cold start about 100 ms (BENCHMARKS.md).
      const { ChangeMessageVisibilityCommand, SQSClient } = await import('@aws-sdk/client-sqs');
      const client = options.client ?? (sharedClient ??= new SQSClient({}));
      await client.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: options.queueUrl,
          ReceiptHandle: receiptHandle,
          VisibilityTimeout: seconds,
        }),
      );
    } catch (error) {
      log.warn({ err: error, seconds }, 'could not shorten the retry delay; the queue visibility timeout applies');
    }
  },
});

export type ChargeQueue = ReturnType<typeof createChargeQueue>;
