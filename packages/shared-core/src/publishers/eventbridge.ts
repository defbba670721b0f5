import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { EventEnvelope } from '../events/index.js';
import { deliver, type Transport } from './batching.js';
import { listOf, perProcess, retryPolicyOf, type Publisher, type PublisherOptions } from './publisher.js';

export interface EventBridgePublisherOptions extends PublisherOptions<EventBridgeClient> {
  /** The bus every event goes to: a name or an ARN, e.g. from platform's stack output. */
  eventBusName: string;
}

// Default configuration only: region, credentials and endpoint (AWS_ENDPOINT_URL_EVENTBRIDGE or
// AWS_ENDPOINT_URL, for the local emulators) come from the environment, read by the SDK itself.
const sharedClient = perProcess(() => new EventBridgeClient({}));

/**
 * The EventBridge `Source` of a service's events, which consumers' rules match on
 * (`aws.` is reserved for AWS services).
 *
 * @example
 * eventBridgeSource('orders'); // 'commerce.orders'
 */
export const eventBridgeSource = (service: string): string => `commerce.${service}`;

// Entry size as EventBridge counts it: 14 bytes for Time, plus the UTF-8 bytes of Source,
// DetailType, Detail and each Resource (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html).
const sizeOf = (request: PutEventsRequestEntry): number =>
  (request.Time ? 14 : 0) +
  Buffer.byteLength(request.Source ?? '') +
  Buffer.byteLength(request.DetailType ?? '') +
  Buffer.byteLength(request.Detail ?? '') +
  (request.Resources ?? []).reduce((bytes, resource) => bytes + Buffer.byteLength(resource), 0);

// Entry errors that no retry can fix, as PutEventsResultEntry documents them; any other code
// (InternalFailure, ThrottlingException, one added later) is retried.
// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsResultEntry.html
const PERMANENT_ERRORS = new Set([
  'AccessDeniedException',
  'InvalidAccountIdException',
  'InvalidArgument',
  'MalformedDetail',
  'RedactionFailure',
  'NotAuthorizedForSourceException',
  'NotAuthorizedForDetailTypeException',
]);

const problemOf = (event: EventEnvelope): string | undefined =>
  Number.isNaN(Date.parse(event.time)) ? `event ${event.id} has a time that is not a date: ${event.time}` : undefined;

/**
 * Publishes events to one EventBridge bus with `PutEvents`, in requests of at most 10 entries and
 * 256 KiB. `Source` is `commerce.<event.source>`, `DetailType` the event type and `Detail` the whole
 * envelope. Entries that the response reports failed are re-sent (only those, and only for errors
 * a retry can fix), then a `PublishError` names every event still unpublished.
 *
 * @example
 * const publisher = createEventBridgePublisher({ eventBusName: config.EVENT_BUS_NAME }); // at module scope
 *
 * await publisher.publish(deriveEvent(paymentSucceeded, OrderConfirmedV1, { orderId }, 'orders'));
 */
export function createEventBridgePublisher(options: EventBridgePublisherOptions): Publisher {
  const { eventBusName } = options;
  const policy = retryPolicyOf({ eventBusName }, options);
  const client = () => options.client ?? sharedClient();

  const transport: Transport<PutEventsRequestEntry> = {
    destination: eventBusName,
    sizeOf,
    problemOf,
    toRequest: (event) => ({
      EventBusName: eventBusName,
      Source: eventBridgeSource(event.source),
      DetailType: event.type,
      Detail: JSON.stringify(event),
      Time: new Date(event.time),
    }),
    async send(entries) {
      const response = await client().send(new PutEventsCommand({ Entries: entries.map((entry) => entry.request) }));
      if (!response.FailedEntryCount) return [];
      // Result entries line up with request entries by position: an EventId, or an ErrorCode.
      return entries.flatMap((entry, index) => {
        const result = response.Entries?.[index];
        if (result?.EventId && !result.ErrorCode) return [];
        const errorCode = result?.ErrorCode ?? 'Unknown';
        return [{ entry, errorCode, errorMessage: result?.ErrorMessage, retryable: !PERMANENT_ERRORS.has(errorCode) }];
      });
    },
  };

  return {
    publish: (events) => deliver(listOf(events), transport, policy),
  };
}
