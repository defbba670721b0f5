import { createHash } from 'node:crypto';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { seededRandom, seedFor, shuffled } from './seeded-random.js';
import type { ReceivedMessage } from './sqs-event.js';

/**
 * Delivery at its worst as AWS allows it, for tests that prove receivers idempotent and
 * indifferent to order. A standard queue delivers "at least once" and "best-effort ordering"
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues.html),
 * and SNS and EventBridge may deliver one event twice, as two messages. Here every payload a queue
 * receives is delivered `copies` times: `copies - resends` times at once (same message id and
 * receipt handle, as SQS hands a stored message out again), in the invocation it came in or the
 * next ones, never more than the mapping's batch size in one; and `resends` times later, sent back
 * to its queue as a new message (as a second SNS or EventBridge delivery). Shuffled, if asked, before
 * being cut into invocations. A payload is multiplied once per queue: a producer that publishes the same event
 * again (a consumer answering a duplicate with its recorded outcome) is delivered as it comes, or
 * each hop of a saga would multiply its deliveries again.
 *
 * @example
 * startSystem({ ...options, deliveryChaos: { copies: 3, resends: 1, maxDelaySeconds: 3, shuffle: true, seed: 7 } });
 */
export interface DeliveryChaos {
  /** Deliveries of each message in all, 1–10. */
  copies: number;
  /** How many of them are sent back to the queue, to come later in another batch; 0 by default, below `copies`. */
  resends?: number;
  /** A resent copy waits up to this many seconds (SQS DelaySeconds, drawn for each, 0–900); 0 by default. */
  maxDelaySeconds?: number;
  /** Shuffle every batch, its copies included; false by default. */
  shuffle?: boolean;
  /** Seeds the shuffles and the delays, so a run's choices can be made again. */
  seed: number;
}

/** The duplicates chaos has injected so far, for a test to report. */
export interface DuplicateTally {
  /** Extra deliveries of a message at once, with its receipt handle. */
  repeated: number;
  /** Copies sent back to their queues as new messages. */
  resent: number;
}

/** What a mapping does to each batch before it invokes the function. @internal */
export interface DeliveryChaosRunner {
  /** Takes note of the batch's new payloads and sends their later copies back to the queue. */
  resend(messages: readonly ReceivedMessage[]): Promise<void>;
  /**
   * The invocations to make of a batch, one after another: each message repeated and the whole
   * shuffled, as configured, at most `batchSize` records in each.
   */
  arrange(messages: readonly ReceivedMessage[]): ReceivedMessage[][];
}

const isIntegerIn = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

const checked = ({ copies, resends = 0, maxDelaySeconds = 0, shuffle = false, seed }: DeliveryChaos) => {
  if (!isIntegerIn(copies, 1, 10))
    throw new RangeError(`deliveryChaos.copies must be an integer from 1 to 10, not ${copies}`);
  if (!isIntegerIn(resends, 0, copies - 1)) {
    throw new RangeError(
      `deliveryChaos.resends must be an integer from 0 to copies - 1 (${copies - 1}), not ${resends}`,
    );
  }
  if (!isIntegerIn(maxDelaySeconds, 0, 900)) {
    throw new RangeError(`deliveryChaos.maxDelaySeconds must be an integer from 0 to 900, not ${maxDelaySeconds}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`deliveryChaos.seed must be an integer, not ${seed}`);
  return { copies, resends, maxDelaySeconds, shuffle, seed };
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the producer published, less what SNS or EventBridge mint for each publish (message or event
 * id, time, signature), hashed: two publishes of one event give one key.
 */
const payloadKeyOf = (body: string): string => {
  let payload = body;
  try {
    const parsed: unknown = JSON.parse(body);
    if (isRecord(parsed) && parsed['Type'] === 'Notification' && typeof parsed['Message'] === 'string') {
      payload = `sns ${String(parsed['TopicArn'])} ${parsed['Message']}`;
    } else if (isRecord(parsed) && 'detail-type' in parsed && 'detail' in parsed) {
      payload = `events ${String(parsed['source'])} ${String(parsed['detail-type'])} ${JSON.stringify(parsed['detail'])}`;
    }
  } catch {
    // Not JSON: the body is the payload.
  }
  return createHash('sha1').update(payload).digest('base64');
};

/**
 * The chaos of one mapping, with a PRNG of its own (the seed mixed with the queue's ARN).
 * Validates at once, so a mistaken setting fails when the mapping starts. The first message to
 * bring a payload is its original, the only one multiplied; copies, retried deliveries of them and
 * later publishes of the same payload are delivered as they come.
 *
 * @internal
 */
export const createDeliveryChaos = (
  chaos: DeliveryChaos,
  queue: { sqs: SQSClient; queueUrl: string; queueArn: string; batchSize: number; log: (line: string) => void },
  tally: DuplicateTally = { repeated: 0, resent: 0 },
): DeliveryChaosRunner => {
  const { copies, resends, maxDelaySeconds, shuffle, seed } = checked(chaos);
  const random = seededRandom(seedFor(seed, queue.queueArn));
  /** Each payload's original message id. */
  const originals = new Map<string, string>();
  const isOriginal = (message: ReceivedMessage) =>
    originals.get(payloadKeyOf(message.Body ?? '')) === message.MessageId;

  const sendCopy = async (message: ReceivedMessage) => {
    try {
      await queue.sqs.send(
        new SendMessageCommand({
          QueueUrl: queue.queueUrl,
          MessageBody: message.Body ?? '',
          MessageAttributes: message.MessageAttributes,
          DelaySeconds: Math.floor(random() * (maxDelaySeconds + 1)),
        }),
      );
      tally.resent += 1;
    } catch (error) {
      queue.log(`delivery chaos could not resend a copy (${error instanceof Error ? error.name : String(error)})`);
    }
  };

  return {
    async resend(messages) {
      for (const message of messages) {
        const key = payloadKeyOf(message.Body ?? '');
        if (originals.has(key)) continue;
        originals.set(key, message.MessageId);
        for (let copy = 0; copy < resends; copy += 1) await sendCopy(message);
      }
    },
    arrange(messages) {
      const atOnce = copies - resends;
      const repeated = messages.flatMap((message) =>
        isOriginal(message) ? Array<ReceivedMessage>(atOnce).fill(message) : [message],
      );
      tally.repeated += repeated.length - messages.length;
      const records = shuffle ? shuffled(repeated, random) : repeated;
      // Never a bigger batch than the mapping's: AWS would not send one, and the function's timeout
      // is set for batchSize records.
      return Array.from({ length: Math.ceil(records.length / queue.batchSize) }, (_, index) =>
        records.slice(index * queue.batchSize, (index + 1) * queue.batchSize),
      );
    },
  };
};
