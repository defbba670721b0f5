import {
  ChangeMessageVisibilityBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { redactSecrets } from '@commerce/shared-core/logging';
import { diagnose, type Diagnosis } from './diagnose.js';

export interface DeadLetter {
  messageId: string;
  /** Receives before SQS moved it here: the source queue's maxReceiveCount, unless someone peeked since. */
  receiveCount: number;
  firstReceivedAt?: string;
  sentAt?: string;
  diagnosis: Diagnosis;
  /** The message body with secrets (payment tokens and the like) redacted, also inside an SNS `Message`. */
  body: string;
}

/** The body as an operator may see it: JSON redacted at every level, SNS's inner Message too. */
const redactedBody = (body: string): string => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body; // Not JSON: nothing structured to redact, and the diagnosis says so.
  }
  const notification = parsed as { Type?: unknown; Message?: unknown };
  if (notification.Type === 'Notification' && typeof notification.Message === 'string') {
    try {
      parsed = { ...notification, Message: JSON.stringify(redactSecrets(JSON.parse(notification.Message))) };
    } catch {
      // A Message that is not JSON is shown as it is.
    }
  }
  return JSON.stringify(redactSecrets(parsed));
};

const isoOf = (epochMs: string | undefined) => (epochMs ? new Date(Number(epochMs)).toISOString() : undefined);

const deadLetterOf = (message: Message): DeadLetter => {
  const attributes = message.Attributes ?? {};
  const body = message.Body ?? '';
  return {
    messageId: message.MessageId ?? '',
    receiveCount: Number(attributes.ApproximateReceiveCount ?? 0),
    firstReceivedAt: isoOf(attributes.ApproximateFirstReceiveTimestamp),
    sentAt: isoOf(attributes.SentTimestamp),
    diagnosis: diagnose(body),
    body: redactedBody(body),
  };
};

/**
 * Up to `max` messages of a DLQ with the reason each is there, without taking them: each is received
 * (hidden for a moment) and released at once, so the queue, its alarm and a later redrive see it as
 * before. Its receive count grows by one, which SQS cannot avoid for a read.
 *
 * @example
 * await showDeadLetters(sqs, queueUrl, { max: 5 });
 */
export const showDeadLetters = async (
  sqs: Pick<SQSClient, 'send'>,
  queueUrl: string,
  { max = 1 }: { max?: number } = {},
): Promise<DeadLetter[]> => {
  const seen = new Map<string, Message>();
  // Receives answer at most 10 and, on a small queue, sometimes fewer than there are: ask until
  // enough are seen or a receive brings nothing new.
  while (seen.size < max) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: Math.min(10, max - seen.size),
        VisibilityTimeout: 30,
        WaitTimeSeconds: 1,
        // Both spellings: SQS reads MessageSystemAttributeNames, the local cloud's SQS only the
        // older AttributeNames, and without it reports no receive count at all.
        AttributeNames: ['All'],
        MessageSystemAttributeNames: ['All'],
      }),
    );
    const fresh = Messages.filter((message) => !seen.has(message.MessageId ?? ''));
    if (fresh.length === 0) break;
    for (const message of fresh) seen.set(message.MessageId ?? '', message);
  }
  const messages = [...seen.values()];
  // Released in batches of ten (SQS's limit), so the redrive or the next reader sees them at once.
  for (let start = 0; start < messages.length; start += 10) {
    const { Failed = [] } = await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.slice(start, start + 10).map((message, index) => ({
          Id: String(index),
          ReceiptHandle: message.ReceiptHandle ?? '',
          VisibilityTimeout: 0,
        })),
      }),
    );
    if (Failed.length > 0) {
      // Not fatal: those come back by themselves when the 30 s visibility runs out.
      console.warn(
        `${Failed.length} message(s) stay hidden for up to 30 s: ${Failed.map((f) => f.Message).join('; ')}`,
      );
    }
  }
  return messages.map(deadLetterOf);
};
