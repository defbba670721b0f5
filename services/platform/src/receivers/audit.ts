import { ALL_CONTRACTS } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { loadSettings } from '../config.js';
import { createAuditor, type Auditor } from '../domain/audit.js';
import { SERVICE } from '../domain/service.js';
import { createTraceTable } from '../store/trace-table.js';

/**
 * Every event of the catalog, from every hand-off topic and the bus -> the audit trace. Idempotent
 * by the event id (a conditional put), so it needs no idempotency table. An event the catalog does
 * not know is poison here as anywhere: it waits in the DLQ until the catalog (and this receiver's
 * contracts) learn it, then a redrive stores it.
 */
export const createAuditReceiver = (auditor: Auditor): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'audit',
    accepts: ALL_CONTRACTS,
    handler: async (event, { record, transport, log }) => {
      const sentTimestamp = Number(record.attributes.SentTimestamp);
      const stored = await auditor.record(event, {
        transport,
        // A record without the attribute (never from SQS itself) counts as arriving now.
        sentTimestamp: Number.isFinite(sentTimestamp) ? sentTimestamp : Date.now(),
      });
      log.debug({ stored }, 'event audited');
    },
  });

const config = loadSettings(['TRACE_TABLE', 'TRACE_RETENTION_DAYS']);

export const handler = createAuditReceiver(
  createAuditor(createTraceTable({ tableName: config.TRACE_TABLE, retentionDays: config.TRACE_RETENTION_DAYS })),
);
