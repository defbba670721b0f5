import { createRouter, route, type RouterHandler } from '@commerce/shared-core/http';
import { loadSettings } from './config.js';
import { createOrderView, type OrderView } from './domain/order-view.js';
import { SERVICE } from './domain/service.js';
import { createConfirmedOrdersTable } from './store/confirmed-orders-table.js';

/** The HTTP API: `GET /__service__/orders/{orderId}` (IAM-authorised in deployed stages, see serverless.yml). */
export const createApiRouter = (orders: OrderView): RouterHandler =>
  createRouter({
    service: SERVICE,
    routes: [
      route('GET /__service__/orders/{orderId}', {
        handler: async ({ params }) => ({ status: 200, body: await orders.get(params.orderId) }),
      }),
    ],
  });

const config = loadSettings(['CONFIRMED_ORDERS_TABLE']);

export const handler = createApiRouter(
  createOrderView(createConfirmedOrdersTable({ tableName: config.CONFIRMED_ORDERS_TABLE })),
);
