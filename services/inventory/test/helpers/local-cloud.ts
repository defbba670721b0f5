import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import type { TableNames } from '../../src/store/tables.js';

export interface LocalInventoryCloud {
  edge: Edge;
  /** Real SDK clients, pointed at the edge. */
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  tables: TableNames;
  stop(): Promise<void>;
}

/** The SDK configuration that reaches the edge instead of AWS. */
export const clientConfigFor = (edge: Edge) => ({
  endpoint: edge.url,
  region: edge.region,
  credentials: LOCAL_CREDENTIALS,
});

/** A table keyed by one string attribute, as resources/tables.yml declares inventory's two. */
const createTable = (dynamo: DynamoDBClient, tableName: string, key: string) =>
  dynamo.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
      KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
    }),
  );

/** The local cloud's edge on a free port, with inventory's tables created in it. */
export const startLocalInventoryCloud = async (): Promise<LocalInventoryCloud> => {
  const edge = await startEdge({ port: 0 });
  const dynamo = new DynamoDBClient(clientConfigFor(edge));
  const tables = { STOCK_TABLE: 'inventory-local-stock', RESERVATIONS_TABLE: 'inventory-local-reservations' };
  try {
    await createTable(dynamo, tables.STOCK_TABLE, 'sku');
    await createTable(dynamo, tables.RESERVATIONS_TABLE, 'orderId');
  } catch (error) {
    await edge.stop();
    throw error;
  }
  return {
    edge,
    dynamo,
    documents: DynamoDBDocumentClient.from(dynamo),
    tables,
    stop: async () => {
      dynamo.destroy();
      await edge.stop();
    },
  };
};
