import { createRouter, route, type RouterHandler } from '@commerce/shared-core/http';
import { loadSettings } from './config.js';
import { createNotificationQueries, type NotificationQueries } from './domain/notification-queries.js';
import { SERVICE } from './domain/service.js';
import { createNotificationsTable } from './store/notifications-table.js';

/** The HTTP API: `GET /notifications?orderId=` (IAM-authorised in deployed stages, see serverless.yml). */
export const createNotificationsRouter = (queries: NotificationQueries): RouterHandler =>
  createRouter({
    service: SERVICE,
    routes: [
      route('GET /notifications', {
        handler: async ({ query }) => ({ status: 200, body: await queries.byOrder(query) }),
      }),
    ],
  });

const config = loadSettings(['NOTIFICATIONS_TABLE']);

export const handler = createNotificationsRouter(
  createNotificationQueries(createNotificationsTable({ tableName: config.NOTIFICATIONS_TABLE })),
);
