import { randomUUID } from 'node:crypto';
import { InvalidOutgoingEventError } from '../errors/index.js';
import { type DataOf, type EventContract, issuesOf } from './contract.js';
import { validateEnvelope } from './envelope-validator.js';

/**
 * The one envelope every event travels in, on every transport (SNS, EventBridge, SQS).
 * `correlationId` is shared by every event of one saga; `causationId` is the id of the event or
 * request that directly caused this one, so the trace can be rebuilt as a chain.
 */
export interface EventEnvelope<TType extends string = string, TVersion extends number = number, TData = unknown> {
  id: string;
  type: TType;
  version: TVersion;
  /** The producing service, e.g. `orders`. */
  source: string;
  /** ISO-8601 UTC time the event was created. */
  time: string;
  correlationId: string;
  causationId: string;
  data: TData;
}

export type EnvelopeOf<C> = C extends EventContract<infer T, infer V, infer D> ? EventEnvelope<T, V, D> : never;

export interface Origin {
  /** The producing service. */
  source: string;
  /** The saga's id; a new one is made when absent. */
  correlationId?: string;
  /** What caused this event: an HTTP request id, a command id. Defaults to the correlation id. */
  causationId?: string;
  /**
   * The id and time of an event recorded earlier (with the state change it announces): the event
   * rebuilt from them is the same event, so a consumer's idempotency sees a re-publish as the
   * duplicate it is. Fresh ones are minted when absent.
   */
  recorded?: { id: string; time: string };
}

/**
 * Builds a new event and checks `data` against its contract, so an invalid event fails at the
 * producer with a clear error instead of poisoning every consumer's queue.
 *
 * @example
 * const placed = createEvent(OrderPlacedV1, data, { source: 'orders', correlationId: req.correlationId });
 */
export function createEvent<C extends EventContract>(contract: C, data: DataOf<C>, origin: Origin): EnvelopeOf<C> {
  if (!contract.validate(data)) {
    throw new InvalidOutgoingEventError(
      `${contract.type} v${contract.version} data does not match its contract`,
      issuesOf(contract.validate),
    );
  }
  const correlationId = origin.correlationId ?? randomUUID();
  const event = {
    id: origin.recorded?.id ?? randomUUID(),
    type: contract.type,
    version: contract.version,
    source: origin.source,
    time: origin.recorded?.time ?? new Date().toISOString(),
    correlationId,
    causationId: origin.causationId ?? correlationId,
    data,
  };
  // Consumers check the envelope too; an event they would refuse must fail here, at its producer.
  if (!validateEnvelope(event)) {
    throw new InvalidOutgoingEventError(
      `${contract.type} v${contract.version} envelope is invalid`,
      issuesOf(validateEnvelope),
    );
  }
  return event as EnvelopeOf<C>;
}

/**
 * Builds the event that `cause` leads to: same correlation id, causation id = the cause's id.
 * Pass `recorded` to rebuild an event whose id and time were stored with the change it announces.
 *
 * @example
 * await publisher.publish(deriveEvent(orderPlaced, InventoryReservedV1, reserved, 'inventory'));
 * await publisher.publish(deriveEvent(orderPlaced, InventoryReservedV1, reserved, 'inventory', reservation.event)); // the same event again
 */
export const deriveEvent = <C extends EventContract>(
  cause: Pick<EventEnvelope, 'id' | 'correlationId'>,
  contract: C,
  data: DataOf<C>,
  source: string,
  recorded?: Origin['recorded'],
): EnvelopeOf<C> =>
  createEvent(contract, data, { source, correlationId: cause.correlationId, causationId: cause.id, recorded });
