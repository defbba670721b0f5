import {
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
  type MessageAttributeValue,
  type PublishBatchRequestEntry,
} from '@aws-sdk/client-sns';
import type { EventEnvelope } from '../events/index.js';
import { deliver, type Entry, type EntryFailure, type Transport } from './batching.js';
import { listOf, perProcess, retryPolicyOf, type Publisher, type PublisherOptions } from './publisher.js';

export interface SnsPublisherOptions extends PublisherOptions<SNSClient> {
  /** The topic every event goes to, e.g. from the producer's `orders-events` stack output. */
  topicArn: string;
}

// Default configuration only: region, credentials and endpoint (AWS_ENDPOINT_URL_SNS or
// AWS_ENDPOINT_URL, for the local emulators) come from the environment, read by the SDK itself.
const sharedClient = perProcess(() => new SNSClient({}));

/** `type`, `version` and `source` let each subscription's filter policy select the events it wants. */
const attributesOf = (event: EventEnvelope): Record<string, MessageAttributeValue> => ({
  type: { DataType: 'String', StringValue: event.type },
  version: { DataType: 'Number', StringValue: String(event.version) },
  source: { DataType: 'String', StringValue: event.source },
});

/** A message as both Publish and PublishBatch take it; the batch entry `Id` is set per request. */
type Message = Pick<PublishBatchRequestEntry, 'Message' | 'MessageAttributes'>;

const toRequest = (event: EventEnvelope): Message => ({
  Message: JSON.stringify(event),
  MessageAttributes: attributesOf(event),
});

// The message and every attribute's name, type and value count towards the 256 KiB limit
// (https://docs.aws.amazon.com/sns/latest/api/API_MessageAttributeValue.html).
const sizeOf = ({ Message = '', MessageAttributes = {} }: Message): number =>
  Object.entries(MessageAttributes).reduce(
    (bytes, [name, value]) =>
      bytes +
      Buffer.byteLength(name) +
      Buffer.byteLength(value.DataType ?? '') +
      Buffer.byteLength(value.StringValue ?? ''),
    Buffer.byteLength(Message),
  );

// Batch entry ids must be 1-80 letters, digits, '-' or '_'
// (https://docs.aws.amazon.com/sns/latest/api/API_PublishBatchRequestEntry.html). Event ids from
// createEvent (UUIDs) always are; any other valid envelope id is still publishable, so a request
// holding one numbers its entries by position instead.
const BATCH_ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;
const numbered = (entries: readonly Entry<Message>[]): { id: string; entry: Entry<Message> }[] => {
  const byEventId = entries.every(({ event }) => BATCH_ENTRY_ID.test(event.id));
  return entries.map((entry, index) => ({ id: byEventId ? entry.event.id : `entry-${index}`, entry }));
};

/**
 * Publishes events to one SNS topic: `Publish` for a single event, `PublishBatch` for several, in
 * requests of at most 10 entries and 256 KiB. Entries that SNS reports failed are re-sent (only
 * those; never a `SenderFault`), then a `PublishError` names every event still unpublished.
 *
 * @example
 * const publisher = createSnsPublisher({ topicArn: config.ORDERS_TOPIC_ARN }); // at module scope
 *
 * export const placeOrder = async (order: Order, correlationId: string) => {
 *   await publisher.publish(createEvent(OrderPlacedV1, order, { source: 'orders', correlationId }));
 * };
 */
export function createSnsPublisher(options: SnsPublisherOptions): Publisher {
  const { topicArn: TopicArn } = options;
  const policy = retryPolicyOf({ topicArn: TopicArn }, options);
  const client = () => options.client ?? sharedClient();
  const base = { destination: TopicArn, toRequest, sizeOf };

  // Publish either accepts its one message or throws, so it reports no entry failures.
  const single: Transport<Message> = {
    ...base,
    async send([entry]) {
      if (entry) await client().send(new PublishCommand({ TopicArn, ...entry.request }));
      return [];
    },
  };

  const batch: Transport<Message> = {
    ...base,
    async send(entries) {
      const sent = numbered(entries);
      const response = await client().send(
        new PublishBatchCommand({
          TopicArn,
          PublishBatchRequestEntries: sent.map(({ id, entry }) => ({ Id: id, ...entry.request })),
        }),
      );
      const failed = new Map((response.Failed ?? []).map((failure) => [failure.Id ?? '', failure]));
      const succeeded = new Set((response.Successful ?? []).map((success) => success.Id));
      // Only an entry SNS lists as Successful counts as published: one it does not mention at all
      // (which AWS never does, but an emulator might) is retried rather than silently lost.
      return sent.flatMap(({ id, entry }): EntryFailure<Message>[] => {
        if (succeeded.has(id)) return [];
        const failure = failed.get(id);
        if (!failure) return [{ entry, errorCode: 'NotReported', retryable: true }];
        // SenderFault: SNS refuses this entry however often it is sent (bad attribute, too large, ...).
        return [
          {
            entry,
            errorCode: failure.Code ?? 'Unknown',
            errorMessage: failure.Message,
            retryable: !failure.SenderFault,
          },
        ];
      });
    },
  };

  return {
    async publish(events) {
      const list = listOf(events);
      await deliver(list, list.length === 1 ? single : batch, policy);
    },
  };
}
