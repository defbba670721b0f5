import {
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
  type MessageAttributeValue,
  type PublishBatchRequestEntry,
} from '@aws-sdk/client-sns';
import type { EventEnvelope } from '../events/index.js';
import { jitteredBackoff, publishInChunks, type AttemptResult } from './batching.js';
import type { Publisher } from './publisher.js';

export interface SnsPublisherOptions {
  topicArn: string;
  client?: SNSClient;
  /** Attempts per entry, the first included. Default 3. */
  maxAttempts?: number;
  backoff?: (attempt: number) => number;
}

let sharedClient: SNSClient | undefined;
/** One client per process, made on first use; the endpoint comes from AWS_ENDPOINT_URL_SNS if set. */
const defaultClient = () => (sharedClient ??= new SNSClient({}));

/** `type` and `version` let each subscription's filter policy pick the events it wants. */
const attributesOf = (event: EventEnvelope): Record<string, MessageAttributeValue> => ({
  type: { DataType: 'String', StringValue: event.type },
  version: { DataType: 'Number', StringValue: String(event.version) },
  source: { DataType: 'String', StringValue: event.source },
});

interface Entry extends PublishBatchRequestEntry {
  id: string;
}

const toEntry = (event: EventEnvelope): Entry => ({
  id: event.id,
  Id: event.id,
  Message: JSON.stringify(event),
  MessageAttributes: attributesOf(event),
});

// Message attributes count towards the 256 KiB message size
// (https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html).
const sizeOf = (entry: Entry): number =>
  Buffer.byteLength(entry.Message ?? '') +
  Object.entries(entry.MessageAttributes ?? {}).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name + (value.DataType ?? '') + (value.StringValue ?? '')),
    0,
  );

/**
 * Publishes events to one SNS topic: Publish for one event, PublishBatch in requests of up to
 * 10 entries and 256 KiB for several, re-sending only the entries SNS reports failed.
 *
 * @example
 * const publisher = createSnsPublisher({ topicArn: config.ORDERS_TOPIC_ARN });
 * await publisher.publish(createEvent(OrderPlacedV1, data, { source: 'orders', correlationId }));
 */
export function createSnsPublisher(options: SnsPublisherOptions): Publisher {
  const { topicArn: TopicArn, maxAttempts = 3, backoff = jitteredBackoff } = options;
  const client = () => options.client ?? defaultClient();

  /** One event: a plain Publish, which either accepts it or throws. */
  const sendOne = async (entry: Entry): Promise<AttemptResult> => {
    await client().send(
      new PublishCommand({ TopicArn, Message: entry.Message, MessageAttributes: entry.MessageAttributes }),
    );
    return { retry: [], permanent: [] };
  };

  const sendBatch = async (entries: readonly Entry[]): Promise<AttemptResult> => {
    const { Failed = [] } = await client().send(
      new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries: entries.map(({ id: _id, ...entry }) => entry) }),
    );
    const result: AttemptResult = { retry: [], permanent: [] };
    for (const failure of Failed) {
      // SenderFault marks a request SNS will refuse however often it is sent.
      const bucket = failure.SenderFault ? result.permanent : result.retry;
      bucket.push({ id: failure.Id ?? '', errorCode: failure.Code ?? 'Unknown', errorMessage: failure.Message });
    }
    return result;
  };

  return {
    async publish(events) {
      const all = (Array.isArray(events) ? events : [events]) as readonly EventEnvelope[];
      const entries = all.map(toEntry);
      const send = entries.length === 1 ? (pending: readonly Entry[]) => sendOne(pending[0] as Entry) : sendBatch;
      await publishInChunks(entries, sizeOf, send, { maxAttempts, backoff });
    },
  };
}
