import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { isReceivedMessage, type ReceivedMessage } from './sqs-event.js';

/**
 * Lambda's pollers wait 20 seconds, the longest SQS allows. Ours wait 2 and are never aborted:
 * local-aws-sqs keeps serving a long poll whose client went away, and the message it then takes
 * stays hidden, with a receive spent, and nobody to deliver it to. A short poll that is always
 * awaited lets a mapping stop within two seconds and leave nothing in flight.
 */
const POLL_SECONDS = 2;
/** ReceiveMessage returns at most ten messages per call. */
const MESSAGES_PER_RECEIVE = 10;

export interface BatchSource {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly batchSize: number;
  readonly maximumBatchingWindowInSeconds: number;
}

const receive = async (
  { sqs, queueUrl }: BatchSource,
  maxMessages: number,
  waitSeconds: number,
): Promise<ReceivedMessage[]> => {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: maxMessages,
      WaitTimeSeconds: waitSeconds,
      // Both spellings: SQS now reads MessageSystemAttributeNames, local-aws-sqs only the older one.
      AttributeNames: ['All'],
      MessageSystemAttributeNames: ['All'],
      MessageAttributeNames: ['All'],
    }),
  );
  return Messages.filter(isReceivedMessage);
};

/**
 * Adds receives to `batch` until it is full or the batching window has closed: at least one, so
 * a batch without a window still takes whatever else is there at once. SQS waits in whole
 * seconds, so a window may run up to a second long. A message whose visibility timeout ends
 * within the window (AWS advises a timeout longer than the window) is received again; it keeps
 * its place in the batch but takes the new receipt handle, the only one SQS still honours.
 */
const fill = async (source: BatchSource, batch: Map<string, ReceivedMessage>, signal: AbortSignal): Promise<void> => {
  const windowEnds = Date.now() + source.maximumBatchingWindowInSeconds * 1000;
  for (;;) {
    const wanted = Math.min(MESSAGES_PER_RECEIVE, source.batchSize - batch.size);
    if (wanted <= 0 || signal.aborted) return;
    const waitSeconds = Math.min(POLL_SECONDS, Math.max(0, Math.ceil((windowEnds - Date.now()) / 1000)));
    try {
      for (const message of await receive(source, wanted, waitSeconds)) batch.set(message.MessageId, message);
    } catch {
      // The messages in hand have spent a receive, so deliver them rather than waste it. A lasting
      // failure shows on the next poll, which the poller reports.
      return;
    }
    if (Date.now() >= windowEnds) return;
  }
};

/**
 * One batch, gathered as the SQS poller does (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html):
 * a long poll until a message arrives, then more receives until the batch holds `batchSize`
 * messages or `maximumBatchingWindowInSeconds` has passed since the first one. Without a window
 * the batch is whatever is there at once, which is why AWS requires one above ten messages.
 *
 * The long poll asks for one message: local-aws-sqs holds a long poll until it has
 * MaxNumberOfMessages (SQS answers as soon as it has any), which would turn every poll into a
 * batching window. Resolves to [] when the poll finds nothing. `signal` only stops gathering more
 * receives; a receive under way is always awaited (see POLL_SECONDS).
 *
 * @internal
 */
export const receiveBatch = async (source: BatchSource, signal: AbortSignal): Promise<ReceivedMessage[]> => {
  const first = await receive(source, 1, POLL_SECONDS);
  const batch = new Map(first.map((message) => [message.MessageId, message]));
  if (batch.size > 0) await fill(source, batch, signal);
  return [...batch.values()];
};
