import { createRouter, route, type RouterHandler } from '@commerce/shared-core/http';
import {
  createDynamoDbIdempotencyStore,
  fingerprintOf,
  runIdempotent,
  type IdempotencyStore,
} from '@commerce/shared-core/idempotency';
import { createSnsPublisher } from '@commerce/shared-core/publishers';
import { loadSettings } from './config.js';
import { createOrderQueries, forbiddenUnlessOwn, type OrderQueries } from './domain/order-queries.js';
import { createOrderPlacer, type OrderPlacer } from './domain/place-order.js';
import { SERVICE } from './domain/service.js';
import { callerOf, idempotencyKeyOf } from './http/request-context.js';
import { validatePlaceOrder } from './http/validators.js';
import { createOrdersTable } from './store/orders-table.js';

export interface OrdersApi {
  placer: OrderPlacer;
  queries: OrderQueries;
  idempotency: IdempotencyStore;
}

/**
 * The HTTP API, for customers (JWT-authorised in deployed stages, see serverless.yml). POST with
 * an Idempotency-Key runs once per customer and key: the same body replays the first answer,
 * another body is a 409, and a retry after a failure places (or resumes) the same order.
 */
export const createOrdersRouter = ({ placer, queries, idempotency }: OrdersApi): RouterHandler =>
  createRouter({
    service: SERVICE,
    routes: [
      route('POST /orders', {
        body: validatePlaceOrder,
        handler: async ({ body, headers, correlationId, event }) => {
          forbiddenUnlessOwn(callerOf(event), body.customerId);
          const idempotencyKey = idempotencyKeyOf(headers);
          const place = () => placer.place(body, { correlationId, idempotencyKey });
          const placed = idempotencyKey
            ? (
                await runIdempotent(idempotency, `${SERVICE}.place-order#${body.customerId}#${idempotencyKey}`, place, {
                  fingerprint: fingerprintOf(body),
                })
              ).value
            : await place();
          return { status: 202, body: placed, headers: { location: `/orders/${placed.orderId}` } };
        },
      }),
      route('GET /orders/{orderId}', {
        handler: async ({ params, event }) => ({
          status: 200,
          body: await queries.get(params.orderId, callerOf(event)),
        }),
      }),
      route('GET /orders', {
        handler: async ({ query, event }) => ({ status: 200, body: await queries.list(query, callerOf(event)) }),
      }),
    ],
  });

const config = loadSettings(['ORDERS_TABLE', 'IDEMPOTENCY_TABLE', 'EVENTS_TOPIC_ARN']);
const orders = createOrdersTable({ tableName: config.ORDERS_TABLE });

export const handler = createOrdersRouter({
  placer: createOrderPlacer({ orders, handoffs: createSnsPublisher({ topicArn: config.EVENTS_TOPIC_ARN }) }),
  queries: createOrderQueries(orders),
  idempotency: createDynamoDbIdempotencyStore({ tableName: config.IDEMPOTENCY_TABLE }),
});
