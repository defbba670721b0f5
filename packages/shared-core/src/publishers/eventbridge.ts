import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { EventEnvelope } from '../events/index.js';
import { jitteredBackoff, publishInChunks, type AttemptResult } from './batching.js';
import type { Publisher } from './publisher.js';

export interface EventBridgePublisherOptions {
  eventBusName: string;
  client?: EventBridgeClient;
  /** Attempts per entry, the first included. Default 3. */
  maxAttempts?: number;
  backoff?: (attempt: number) => number;
}

let sharedClient: EventBridgeClient | undefined;
/** One client per process, made on first use; the endpoint comes from AWS_ENDPOINT_URL_EVENTBRIDGE if set. */
const defaultClient = () => (sharedClient ??= new EventBridgeClient({}));

/** The EventBridge `source` of a service's events; rules match on it (`aws.` is reserved by AWS). */
export const eventBridgeSource = (service: string): string => `commerce.${service}`;

interface Entry extends PutEventsRequestEntry {
  id: string;
}

// Entry size as AWS computes it (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html):
// 14 bytes for Time, plus the UTF-8 bytes of Source, DetailType, Detail and each Resource.
const sizeOf = (entry: Entry): number =>
  (entry.Time ? 14 : 0) +
  Buffer.byteLength(entry.Source ?? '') +
  Buffer.byteLength(entry.DetailType ?? '') +
  Buffer.byteLength(entry.Detail ?? '') +
  (entry.Resources ?? []).reduce((sum, resource) => sum + Buffer.byteLength(resource), 0);

/**
 * Publishes events to one EventBridge bus with PutEvents, in requests of up to 10 entries and
 * 256 KiB; entries that FailedEntryCount reports are re-sent, and only those.
 *
 * @example
 * const publisher = createEventBridgePublisher({ eventBusName: config.EVENT_BUS_NAME });
 * await publisher.publish(deriveEvent(paymentSucceeded, OrderConfirmedV1, data, 'orders'));
 */
export function createEventBridgePublisher(options: EventBridgePublisherOptions): Publisher {
  const { eventBusName, maxAttempts = 3, backoff = jitteredBackoff } = options;
  const client = () => options.client ?? defaultClient();

  const toEntry = (event: EventEnvelope): Entry => ({
    id: event.id,
    EventBusName: eventBusName,
    Source: eventBridgeSource(event.source),
    DetailType: event.type,
    Detail: JSON.stringify(event),
    Time: new Date(event.time),
  });

  const send = async (entries: readonly Entry[]): Promise<AttemptResult> => {
    const response = await client().send(
      new PutEventsCommand({ Entries: entries.map(({ id: _id, ...entry }) => entry) }),
    );
    if (!response.FailedEntryCount) return { retry: [], permanent: [] };
    // Result entries line up with request entries by position; failed ones carry an ErrorCode.
    const retry = (response.Entries ?? []).flatMap((result, index) =>
      result.ErrorCode
        ? [{ id: entries[index]?.id ?? '', errorCode: result.ErrorCode, errorMessage: result.ErrorMessage }]
        : [],
    );
    return { retry, permanent: [] };
  };

  return {
    async publish(events) {
      const entries = ((Array.isArray(events) ? events : [events]) as readonly EventEnvelope[]).map(toEntry);
      await publishInChunks(entries, sizeOf, send, { maxAttempts, backoff });
    },
  };
}
