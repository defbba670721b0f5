import type { TracedEvent, TraceStore } from '../../src/domain/traced-event.js';

/** The trace table's behaviour in memory: one item per (correlation id, event id), first arrival kept. */
export const createInMemoryTrace = () => {
  const items = new Map<string, TracedEvent>();
  const store: TraceStore & { items: typeof items } = {
    items,
    async record(event) {
      const key = `${event.correlationId}#${event.eventId}`;
      if (items.has(key)) return 'duplicate';
      items.set(key, structuredClone(event));
      return 'recorded';
    },
    async ofCorrelation(correlationId) {
      return [...items.values()]
        .filter((event) => event.correlationId === correlationId)
        .map((e) => structuredClone(e));
    },
  };
  return store;
};
