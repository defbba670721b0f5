import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createRouter, route, type RouterHandler } from '@commerce/shared-core/http';
import { loadSettings } from './config.js';
import { DASHBOARD_CSP, DASHBOARD_HTML } from './dashboard/page.js';
import { createAnalytics, type Analytics } from './domain/analytics.js';
import { SERVICE } from './domain/service.js';
import { createMetricsTable } from './store/metrics-table.js';

const HTML = 'text/html; charset=utf-8';

/**
 * shared-core's router serialises every body as JSON (http/router.ts `toResult`) and offers no way
 * to send anything else, so the dashboard's HTML leaves its route as a JSON string. This `after`
 * step turns a response the route declared `text/html` back into that string. Smallest honest
 * workaround until the router accepts a raw body (reported for shared-core); nothing else changes.
 */
const rawHtmlBodies: MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> = {
  after: (request) => {
    const response = request.response;
    if (response?.headers?.['content-type'] === HTML && typeof response.body === 'string') {
      response.body = JSON.parse(response.body) as string;
    }
  },
};

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
          body: DASHBOARD_HTML,
          headers: {
            'content-type': HTML,
            'content-security-policy': DASHBOARD_CSP,
            'cache-control': 'no-store',
            'referrer-policy': 'no-referrer',
          },
        }),
      }),
    ],
  }).use(rawHtmlBodies);

const config = loadSettings(['METRICS_TABLE']);

export const handler = createAnalyticsRouter(
  createAnalytics({ metrics: createMetricsTable({ tableName: config.METRICS_TABLE }) }),
);
