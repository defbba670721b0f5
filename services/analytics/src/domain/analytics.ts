import type { CommerceEvent } from '@commerce/contracts';
import { updatesFor } from './metric-updates.js';
import type { MetricsStore } from './metrics-store.js';
import { summarize, summaryItems, type Summary } from './summary.js';

export interface AnalyticsOptions {
  metrics: MetricsStore;
  now?: () => Date;
}

/**
 * The service's two operations: count an event (once, however often it is delivered) and summarise
 * the counters. Called by the record-event receiver and the router.
 *
 * @example
 * const analytics = createAnalytics({ metrics: createMetricsTable({ tableName }) });
 * await analytics.record(event); // 'recorded' | 'duplicate'
 */
export const createAnalytics = ({ metrics, now = () => new Date() }: AnalyticsOptions) => ({
  record: (event: CommerceEvent): Promise<'recorded' | 'duplicate'> => metrics.record(event.id, updatesFor(event)),

  async summary(): Promise<Summary> {
    const at = now();
    return summarize(await metrics.read(summaryItems(at)), at);
  },
});

export type Analytics = ReturnType<typeof createAnalytics>;
