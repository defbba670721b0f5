import type { MetricUpdates } from './metric-updates.js';
import type { MetricItem } from './summary.js';

/** Where the counters live (store/metrics-table.ts; test/helpers/in-memory-metrics.ts in unit tests). */
export interface MetricsStore {
  /**
   * Applies an event's updates once per event id, all or nothing. `duplicate`: this id was
   * already recorded and nothing changed.
   */
  record(eventId: string, updates: MetricUpdates): Promise<'recorded' | 'duplicate'>;
  /** The items with these keys, read consistently; keys never written are absent from the map. */
  read(items: readonly string[]): Promise<Map<string, MetricItem>>;
}
