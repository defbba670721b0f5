import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDeclaredTable, LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { confirmedOrderOf } from '../../src/domain/confirmed-order.js';
import { createConfirmedOrdersTable } from '../../src/store/confirmed-orders-table.js';
import { confirmedOrder } from '../helpers/examples.js';

/** The confirmed orders table as resources/tables.yml declares it, on the local cloud. */
describe('__service__ on the local cloud', () => {
  let edge: Edge;
  let dynamo: DynamoDBClient;
  const tableName = '__service__-local-confirmed-orders';
  const resourcesFile = fileURLToPath(new URL('../../resources/tables.yml', import.meta.url));

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'ConfirmedOrdersTable', tableName });
  });

  afterAll(async () => {
    dynamo?.destroy();
    await edge?.stop();
  });

  it('creates an order once, however many deliveries race, and reads it back', async () => {
    const orders = createConfirmedOrdersTable({ tableName, client: DynamoDBDocumentClient.from(dynamo) });
    const order = confirmedOrderOf(confirmedOrder());

    const created = await Promise.all([1, 2, 3].map(() => orders.create(order)));

    expect(created.sort()).toEqual(['created', 'exists', 'exists']);
    expect(await orders.get(order.orderId)).toEqual(order);
    expect(await orders.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
