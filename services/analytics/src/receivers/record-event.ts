import { ALL_CONTRACTS } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { loadSettings } from '../config.js';
import { createAnalytics, type Analytics } from '../domain/analytics.js';
import { SERVICE } from '../domain/service.js';
import { createMetricsTable } from '../store/metrics-table.js';

/**
 * Every catalog event, from the three hand-off topics (SNS) and platform's bus (EventBridge), into
 * one queue -> the counters it moves. Idempotent on the event id, inside the counters' own
 * transaction (store/metrics-table.ts), so it needs no separate idempotency store.
 */
export const createRecordEventReceiver = (analytics: Pick<Analytics, 'record'>): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'record-event',
    accepts: ALL_CONTRACTS,
    handler: async (event, { log, transport }) => {
      const outcome = await analytics.record(event);
      log.info({ outcome, transport }, outcome === 'duplicate' ? 'event already counted' : 'event counted');
    },
  });

const config = loadSettings(['METRICS_TABLE', 'SEEN_TTL_DAYS']);

export const handler = createRecordEventReceiver(
  createAnalytics({
    metrics: createMetricsTable({ tableName: config.METRICS_TABLE, seenTtlSeconds: config.SEEN_TTL_DAYS * 86_400 }),
  }),
);
