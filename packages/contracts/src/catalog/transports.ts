import type { EventBridgeTransport, EventBusName, SnsTopicName, SnsTransport } from './types.js';

/** The logical name of platform's EventBridge bus; deployments resolve the real name through SSM. */
export const EVENT_BUS: EventBusName = 'commerce';

/** Every SNS topic, keyed by the service that owns and publishes on it. */
export const SNS_TOPICS = {
  orders: 'orders-events',
  inventory: 'inventory-events',
  payments: 'payments-events',
} as const satisfies Record<string, SnsTopicName>;

/** A saga hand-off on the producer's SNS topic. */
export const sns = (topic: SnsTopicName): SnsTransport => ({ kind: 'sns', topic });

/** An outcome on platform's EventBridge bus. */
export const eventBridge: EventBridgeTransport = { kind: 'eventbridge', bus: EVENT_BUS };
