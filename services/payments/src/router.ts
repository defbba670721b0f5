import { createRouter, route, type RouterHandler } from '@commerce/shared-core/http';
import { loadSettings } from './config.js';
import { createPaymentView } from './domain/payment-view.js';
import { SERVICE } from './domain/service.js';
import { createPaymentsTable } from './store/payments-table.js';

type PaymentView = ReturnType<typeof createPaymentView>;

/** The HTTP API: `GET /payments/{orderId}` (JWT-authorised in deployed stages, see serverless.yml). */
export const createPaymentsRouter = (view: PaymentView): RouterHandler =>
  createRouter({
    service: SERVICE,
    routes: [
      route('GET /payments/{orderId}', {
        handler: async ({ params }) => ({ status: 200, body: await view.get(params.orderId) }),
      }),
    ],
  });

const config = loadSettings(['PAYMENTS_TABLE']);

export const handler = createPaymentsRouter(
  createPaymentView(createPaymentsTable({ tableName: config.PAYMENTS_TABLE })),
);
