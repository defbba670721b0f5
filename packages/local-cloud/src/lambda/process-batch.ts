import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { readBatchItemFailures } from './batch-item-failures.js';
import { deleteMessages } from './delete-messages.js';
import type { DeliveryChaosRunner } from './delivery-chaos.js';
import { invokeFunction, type InvocationOutcome } from './invoke-function.js';
import { toSqsEventRecord, type ReceivedMessage } from './sqs-event.js';

/** Everything a poller needs to deliver a batch and clean up after it. */
export interface MappingTarget {
  readonly queueArn: string;
  readonly queueUrl: string;
  readonly functionName: string;
  readonly region: string;
  readonly sqs: SQSClient;
  readonly lambda: LambdaClient;
  readonly reportBatchItemFailures: boolean;
  /** Writes one line, already prefixed with the mapping's queue and function. */
  readonly log: (line: string) => void;
  /** Duplicates and shuffles deliveries, for tests of idempotency (see DeliveryChaos). */
  readonly chaos?: DeliveryChaosRunner;
}

const messagesCount = (count: number): string => `${count} message${count === 1 ? '' : 's'}`;
const RETURN_LATER = 'they return after the visibility timeout';

/**
 * Which messages the invocation is done with, and what to report about the others. Undeleted
 * messages come back when their visibility timeout ends, each having counted a receive, so the
 * queue's redrive policy moves the ones that keep failing to its dead-letter queue
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html).
 */
const settle = (
  outcome: InvocationOutcome,
  messages: readonly ReceivedMessage[],
  reportBatchItemFailures: boolean,
): { processed: readonly ReceivedMessage[]; failure?: string } => {
  const failedAll = (reason: string) => ({
    processed: [],
    failure: `${messagesCount(messages.length)} failed: ${reason}; ${RETURN_LATER}`,
  });
  if (outcome.kind === 'failed') return failedAll(outcome.reason);
  // Without ReportBatchItemFailures Lambda ignores the response, batchItemFailures included.
  if (!reportBatchItemFailures) return { processed: messages };
  const verdict = readBatchItemFailures(outcome.payload, new Set(messages.map((message) => message.MessageId)));
  if (verdict.kind === 'invalid') return failedAll(`invalid batchItemFailures response, ${verdict.reason}`);
  if (verdict.kind === 'all-succeeded') return { processed: messages };
  return {
    processed: messages.filter((message) => !verdict.failedMessageIds.has(message.MessageId)),
    failure: `${verdict.failedMessageIds.size} of ${messagesCount(messages.length)} reported in batchItemFailures; ${RETURN_LATER}`,
  };
};

/** Each message once, in the order first met (chaos may repeat one in an invocation). */
const uniqueMessages = (records: readonly ReceivedMessage[]): ReceivedMessage[] => [
  ...new Map(records.map((message) => [message.MessageId, message])).values(),
];

/**
 * Invokes the function with one batch and deletes what it processed. Logs failures by count and
 * reason only: message bodies may hold customer data. With delivery chaos a batch may take several
 * invocations, one after another; a message is deleted only if none of them failed it.
 *
 * @internal
 */
export const processBatch = async (target: MappingTarget, messages: readonly ReceivedMessage[]): Promise<void> => {
  await target.chaos?.resend(messages);
  const invocations = target.chaos?.arrange(messages) ?? [messages];
  const failed = new Set<string>();
  for (const records of invocations) {
    const event = { Records: records.map((message) => toSqsEventRecord(message, target)) };
    const outcome = await invokeFunction(target.lambda, target.functionName, event);
    const delivered = uniqueMessages(records);
    const { processed, failure } = settle(outcome, delivered, target.reportBatchItemFailures);
    if (failure) target.log(failure);
    const done = new Set(processed.map((message) => message.MessageId));
    for (const message of delivered) if (!done.has(message.MessageId)) failed.add(message.MessageId);
  }
  const processed = messages.filter((message) => !failed.has(message.MessageId));
  if (processed.length === 0) return;
  const refused = await deleteMessages(target.sqs, target.queueUrl, processed);
  if (refused > 0) target.log(`SQS refused to delete ${messagesCount(refused)}; ${RETURN_LATER}`);
};
