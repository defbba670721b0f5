import { createRouter, route, type RouterHandler } from '@commerce/shared-core/http';
import { loadSettings } from './config.js';
import { SERVICE } from './domain/service.js';
import { createStockLevels, type StockLevels } from './domain/stock-levels.js';
import { validateStockUpdate } from './http/validators.js';
import { createStockTable } from './store/stock-table.js';

/**
 * The HTTP API. `GET /inventory/{sku}` is a public read; `PUT /inventory/{sku}` is an admin route
 * (IAM-authorised by API Gateway in deployed stages, see serverless.yml). Bodies are validated by
 * the router, SKUs by the domain before they become DynamoDB keys; every failure is problem+json.
 */
export const createInventoryRouter = (levels: StockLevels): RouterHandler =>
  createRouter({
    service: SERVICE,
    routes: [
      route('GET /inventory/{sku}', {
        handler: async ({ params }) => ({ status: 200, body: await levels.get(params.sku) }),
      }),
      route('PUT /inventory/{sku}', {
        body: validateStockUpdate,
        handler: async ({ params, body, log }) => {
          const level = await levels.set(params.sku, body);
          // An audit line: stock is money, and this route bypasses the saga.
          log.info({ sku: level.sku, available: level.available, price: level.price }, 'stock set');
          return { status: 200, body: level };
        },
      }),
    ],
  });

const config = loadSettings(['STOCK_TABLE']);

export const handler = createInventoryRouter(createStockLevels(createStockTable({ tableName: config.STOCK_TABLE })));
