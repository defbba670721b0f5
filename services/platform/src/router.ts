import { createRouter, route, type RouterHandler } from '@commerce/shared-core/http';
import { loadSettings } from './config.js';
import { SERVICE } from './domain/service.js';
import { createTraceQueries, type TraceQueries } from './domain/trace-queries.js';
import { createTraceTable } from './store/trace-table.js';

/** The HTTP API: `GET /events?correlationId=` (IAM-authorised in deployed stages, see serverless.yml). */
export const createPlatformRouter = (queries: TraceQueries): RouterHandler =>
  createRouter({
    service: SERVICE,
    routes: [
      route('GET /events', {
        handler: async ({ query }) => ({ status: 200, body: await queries.byCorrelation(query) }),
      }),
    ],
  });

const config = loadSettings(['TRACE_TABLE', 'TRACE_RETENTION_DAYS']);

export const handler = createPlatformRouter(
  createTraceQueries(createTraceTable({ tableName: config.TRACE_TABLE, retentionDays: config.TRACE_RETENTION_DAYS })),
);
