import type { TracedEvent } from './traced-event.js';

const byTime = (a: TracedEvent, b: TracedEvent) => a.time.localeCompare(b.time) || a.eventId.localeCompare(b.eventId);

/**
 * A saga's events in causal order: every event after the one it reacts to (its `causationId`),
 * and otherwise by time. Clocks of different services disagree by a few milliseconds, so time alone
 * can put a reaction before its cause; the causation chain cannot. Events whose cause is not among
 * them (OrderPlaced's cause is the HTTP request) start the order. An event in a causation cycle,
 * which only corrupt data could make, is appended by time rather than lost.
 */
export const inCausalOrder = (events: readonly TracedEvent[]): TracedEvent[] => {
  const ids = new Set(events.map((event) => event.eventId));
  const reactions = new Map<string, TracedEvent[]>();
  // Ready: every event whose cause is already placed; the earliest of them goes next (Kahn's algorithm).
  const ready: TracedEvent[] = [];
  for (const event of events) {
    if (event.causationId !== event.eventId && ids.has(event.causationId)) {
      reactions.set(event.causationId, [...(reactions.get(event.causationId) ?? []), event]);
    } else {
      ready.push(event);
    }
  }

  const ordered: TracedEvent[] = [];
  const placed = new Set<string>();
  while (ready.length > 0) {
    ready.sort(byTime);
    const next = ready.shift()!;
    if (placed.has(next.eventId)) continue;
    placed.add(next.eventId);
    ordered.push(next);
    ready.push(...(reactions.get(next.eventId) ?? []));
  }
  return [...ordered, ...events.filter((event) => !placed.has(event.eventId)).sort(byTime)];
};
