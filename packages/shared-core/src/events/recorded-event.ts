import { randomUUID } from 'node:crypto';

/**
 * The identity of an event a service will publish, minted before the state change it announces
 * and stored with it: rebuilt from it (`createEvent`/`deriveEvent` with `recorded`), every publish
 * after a crash or a redelivery is the same event, which consumers' idempotency recognises.
 */
export interface RecordedEvent {
  id: string;
  time: string;
  correlationId: string;
  causationId: string;
}

/** Where new event ids and times come from; tests pass fixed ones. */
export interface EventIdentities {
  newId(): string;
  now(): Date;
}

export const systemIdentities: EventIdentities = { newId: randomUUID, now: () => new Date() };

/**
 * The identity of the event `cause` leads to: a new id and time, the cause's correlation id, and
 * the cause as its causation.
 *
 * @example
 * const outcome = recordEvent(paymentSucceeded); // store it with the status, then:
 * await outcomes.publish(deriveEvent(paymentSucceeded, OrderConfirmedV1, data, 'orders', outcome));
 */
export const recordEvent = (
  cause: { id: string; correlationId: string },
  identities: EventIdentities = systemIdentities,
): RecordedEvent => ({
  id: identities.newId(),
  time: identities.now().toISOString(),
  correlationId: cause.correlationId,
  causationId: cause.id,
});
