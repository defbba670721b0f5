import { eventBridgeDelivery, snsDeliveries } from '@commerce/testing';
import type { EventEnvelope } from '@commerce/shared-core/events';

export type Wrapping = 'sns' | 'sns-raw' | 'eventbridge';

/**
 * The SQS message body that carries `inner` the way `wrapping` does: an SNS notification, SNS raw
 * delivery, or an EventBridge event. `inner` need not be an envelope at all; the wrapper around it
 * is the one a real `template` event would travel in.
 */
export const deliveredBody = (template: EventEnvelope, inner: unknown, wrapping: Wrapping): string => {
  if (wrapping === 'sns-raw') return JSON.stringify(inner);
  if (wrapping === 'sns') {
    const notification = JSON.parse(snsDeliveries.notification(template).body) as Record<string, unknown>;
    return JSON.stringify({ ...notification, Message: JSON.stringify(inner) });
  }
  const event = JSON.parse(eventBridgeDelivery(template).body) as Record<string, unknown>;
  return JSON.stringify({ ...event, detail: inner });
};

/** The wrapper itself, as an object, for tests that break the wrapper rather than what it carries. */
export const wrapperOf = (template: EventEnvelope, wrapping: Exclude<Wrapping, 'sns-raw'>): Record<string, unknown> =>
  JSON.parse(deliveredBody(template, template, wrapping)) as Record<string, unknown>;
