import type { EventEnvelope } from '@commerce/shared-core/events';
import type { ServiceName } from './services.js';

export type { ServiceName };

/** The SNS topics that carry saga hand-offs; each is owned by the service that publishes on it. */
export type SnsTopicName = 'orders-events' | 'inventory-events' | 'payments-events';

/** The logical name of the EventBridge bus owned by platform; it carries outcomes. */
export type EventBusName = 'commerce';

/** A saga hand-off: published on the producer's topic (only it publishes there); consumers subscribe an SQS queue with a filter policy. */
export interface SnsTransport {
  readonly kind: 'sns';
  readonly topic: SnsTopicName;
}

/** An outcome: put on platform's bus; consumers own the rules that route it to their SQS queue. */
export interface EventBridgeTransport {
  readonly kind: 'eventbridge';
  readonly bus: EventBusName;
}

/** How an event travels from its producer to its consumers. */
export type Transport = SnsTransport | EventBridgeTransport;

/** A service that consumes an event, and what it does with it. */
export interface Consumer {
  readonly service: ServiceName;
  /** Why it subscribes, in a few words ("reserve stock"). */
  readonly purpose: string;
}

/** A JSON Schema (draft-07) as a plain object: the `as const` literal of a catalog entry. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * One realistic event, as a consumer receives it: the whole envelope (ids, times, the saga's
 * correlation and causation) around its `data`, with the situation it illustrates.
 */
export interface EventExample<TType extends string = string, TVersion extends number = number, TData = unknown> {
  /** The situation, in a few words ("an order that runs out of stock"). */
  readonly title: string;
  readonly event: EventEnvelope<TType, TVersion, TData>;
}

/**
 * One version of one event type: its `data` schema, examples, producer, transport and consumers.
 * A published version is immutable (see the package README); a breaking change is a new version.
 */
export interface CatalogEntry<TType extends string = string, TVersion extends number = number, TData = unknown> {
  readonly type: TType;
  readonly version: TVersion;
  /** What happened, in one sentence. */
  readonly summary: string;
  readonly producer: ServiceName;
  readonly transport: Transport;
  /** Every service that subscribes to this version, with its purpose. */
  readonly consumers: readonly Consumer[];
  /**
   * Whether teams outside the platform may subscribe. A public event may have no consumer yet;
   * any other event without consumers is dead weight and the catalog test flags it.
   */
  readonly public: boolean;
  /** The JSON Schema of the envelope's `data`, from which the validator and the TS type are derived. */
  readonly schema: JsonSchema;
  /** At least two valid, realistic events; each example order follows one saga through the catalog. */
  readonly examples: readonly EventExample<TType, TVersion, TData>[];
}
