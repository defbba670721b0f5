import type { MetricsStore } from '../../src/domain/metrics-store.js';
import type { MetricItem } from '../../src/domain/summary.js';

/**
 * MetricsStore in memory with the table's behaviour: an event id is recorded once, and a duplicate
 * changes nothing but the (idempotent) maxima. Expiry is the table's
 * business (TTL) and not kept here. The integration tests hold the DynamoDB table to the
 * same behaviour.
 */
export const createInMemoryMetrics = (): MetricsStore & {
  seen: Set<string>;
  items: Map<string, Record<string, number>>;
} => {
  const seen = new Set<string>();
  const items = new Map<string, Record<string, number>>();
  const itemOf = (key: string) => items.get(key) ?? items.set(key, {}).get(key)!;
  return {
    seen,
    items,
    async record(eventId, { increments, maxima }) {
      const duplicate = seen.has(eventId);
      if (!duplicate) {
        seen.add(eventId);
        for (const { item, add } of increments) {
          const target = itemOf(item);
          for (const [name, amount] of Object.entries(add)) target[name] = (target[name] ?? 0) + amount;
        }
      }
      for (const { item, attribute, value } of maxima) {
        const target = itemOf(item);
        target[attribute] = Math.max(target[attribute] ?? -Infinity, value);
      }
      return duplicate ? 'duplicate' : 'recorded';
    },
    async read(keys) {
      return new Map(
        keys.flatMap((key): [string, MetricItem][] => {
          const item = items.get(key);
          return item ? [[key, structuredClone(item)]] : [];
        }),
      );
    },
  };
};
