import type { TraceView } from '../../../test/e2e/saga-system.js';

type TraceEvent = TraceView['events'][number];

/** One step of an order's saga: from the event (or the client's POST) that caused it to the event it led to. */
export interface Hop {
  /** `OrderPlaced → InventoryReserved`: the cause, then what its consumer published. */
  name: string;
  /** The service whose function turned the cause into the effect. */
  service: string;
  ms: number;
}

const ENDINGS = new Set(['OrderConfirmed', 'OrderCancelled']);

/**
 * The order's path through the saga as the platform's trace recorded it: from its ending event
 * back to OrderPlaced by causation, each step timed by the events' own times (set by the producer
 * when it published). The first step runs from the client's POST to OrderPlaced. Each step is the
 * delivery to the consumer (bus, queue, poller) plus the consumer's run until it published.
 */
export const sagaHops = (events: readonly TraceEvent[], postedAt: number): Hop[] => {
  const byId = new Map(events.map((event) => [event.eventId, event]));
  const ending = events.find((event) => ENDINGS.has(event.type));
  if (!ending) throw new Error('the trace has no ending event (OrderConfirmed or OrderCancelled)');
  const path: TraceEvent[] = [ending];
  for (let cause = byId.get(ending.causationId); cause; cause = byId.get(cause.causationId)) {
    if (path.includes(cause)) break;
    path.unshift(cause);
  }
  if (path[0]!.type !== 'OrderPlaced') throw new Error(`the trace's path starts at ${path[0]!.type}, not OrderPlaced`);
  const at = (event: TraceEvent) => Date.parse(event.time);
  return [
    { name: 'POST /orders → OrderPlaced', service: path[0]!.service, ms: at(path[0]!) - postedAt },
    ...path.slice(1).map((effect, index) => ({
      name: `${path[index]!.type} → ${effect.type}`,
      service: effect.service,
      ms: at(effect) - at(path[index]!),
    })),
  ];
};
