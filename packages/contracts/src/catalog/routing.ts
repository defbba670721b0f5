import { SNS_TOPICS } from './transports.js';
import type { CatalogEntry, EventBusName, ServiceName, SnsTopicName } from './types.js';

/** SNS message attributes in the shape `PublishCommand` takes. */
export interface SnsMessageAttributes {
  readonly type: { readonly DataType: 'String'; readonly StringValue: string };
  readonly version: { readonly DataType: 'Number'; readonly StringValue: string };
  readonly source: { readonly DataType: 'String'; readonly StringValue: string };
}

/** Where and how an event is published, with the fields subscriptions filter on. */
export type EventRoute =
  | {
      readonly kind: 'sns';
      readonly topic: SnsTopicName;
      /** Subscription filter policies match these (the message body is never filtered on). */
      readonly messageAttributes: SnsMessageAttributes;
    }
  | {
      readonly kind: 'eventbridge';
      readonly bus: EventBusName;
      /** PutEvents `Source`: rules match on it. */
      readonly source: `commerce.${ServiceName}`;
      /** PutEvents `DetailType`: the event type. The envelope itself is the `Detail`. */
      readonly detailType: string;
    };

/**
 * The attributes an event carries on SNS, exactly as shared-core's SNS publisher sets them: `type`
 * (String) and `version` (Number), so a consumer's filter policy can pick the types and versions it
 * accepts without reading the body, and `source` (String), the producing service.
 *
 * @example
 * snsMessageAttributesOf({ type: 'OrderPlaced', version: 1, source: 'orders' });
 * // { type: { DataType: 'String', StringValue: 'OrderPlaced' }, version: { DataType: 'Number', StringValue: '1' },
 * //   source: { DataType: 'String', StringValue: 'orders' } }
 */
export const snsMessageAttributesOf = (event: {
  type: string;
  version: number;
  source: string;
}): SnsMessageAttributes => ({
  type: { DataType: 'String', StringValue: event.type },
  // SNS sends every attribute value as a string; DataType Number is what enables numeric matching.
  version: { DataType: 'Number', StringValue: String(event.version) },
  source: { DataType: 'String', StringValue: event.source },
});

/** The PutEvents `Source` of a producer's events: `commerce.<service>`. */
export const eventBridgeSourceOf = (producer: ServiceName): `commerce.${ServiceName}` => `commerce.${producer}`;

/**
 * Where an entry's events go and the fields their subscriptions match on.
 *
 * @example
 * routeOf(findEntry('OrderConfirmed', 1)!);
 * // { kind: 'eventbridge', bus: 'commerce', source: 'commerce.orders', detailType: 'OrderConfirmed' }
 */
export const routeOf = (entry: Pick<CatalogEntry, 'type' | 'version' | 'producer' | 'transport'>): EventRoute =>
  entry.transport.kind === 'sns'
    ? {
        kind: 'sns',
        topic: entry.transport.topic,
        messageAttributes: snsMessageAttributesOf({ ...entry, source: entry.producer }),
      }
    : {
        kind: 'eventbridge',
        bus: entry.transport.bus,
        source: eventBridgeSourceOf(entry.producer),
        detailType: entry.type,
      };

/** The topic a producer publishes its hand-offs on, or undefined for a service that owns none. */
export const snsTopicOf = (producer: ServiceName): SnsTopicName | undefined =>
  (SNS_TOPICS as Partial<Record<ServiceName, SnsTopicName>>)[producer];
