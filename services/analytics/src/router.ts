import { createRouter, route, type RouterHandler } from '@commerce/shared-core/http';
import { loadSettings } from './config.js';
import { DASHBOARD_CSP, DASHBOARD_HTML } from './dashboard/page.js';
import { createAnalytics, type Analytics } from './domain/analytics.js';
import { SERVICE } from './domain/service.js';
import { createMetricsTable } from './store/metrics-table.js';

/**
 * The HTTP API: `GET /analytics/summary` (the figures as JSON) and `GET /dashboard` (the page that
 * shows them, refreshing itself). IAM-authorised in deployed stages, see serverless.yml.
 */
export const createAnalyticsRouter = (analytics: Pick<Analytics, 'summary'>): RouterHandler =>
  createRouter({
    service: SERVICE,
    routes: [
      route('GET /analytics/summary', {
        handler: async () => ({ status: 200, body: await analytics.summary() }),
      }),
      route('GET /dashboard', {
        handler: () => ({
          status: 200,
          text: DASHBOARD_HTML,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': DASHBOARD_CSP,
            'cache-control': 'no-store',
            'referrer-policy': 'no-referrer',
          },
        }),
      }),
    ],
  });

const config = loadSettings(['METRICS_TABLE']);

export const handler = createAnalyticsRouter(
  createAnalytics({ metrics: createMetricsTable({ tableName: config.METRICS_TABLE }) }),
);
