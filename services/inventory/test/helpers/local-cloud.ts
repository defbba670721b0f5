import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDeclaredTable, LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
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

const resourcesFile = fileURLToPath(new URL('../../resources/tables.yml', import.meta.url));

/** The local cloud's edge on a free port, with inventory's tables created in it as resources/tables.yml declares them. */
export const startLocalInventoryCloud = async (): Promise<LocalInventoryCloud> => {
  const edge = await startEdge({ port: 0 });
  const dynamo = new DynamoDBClient(clientConfigFor(edge));
  const tables = { STOCK_TABLE: 'inventory-local-stock', RESERVATIONS_TABLE: 'inventory-local-reservations' };
  try {
    await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'StockTable', tableName: tables.STOCK_TABLE });
    await createDeclaredTable(dynamo, {
      resourcesFile,
      logicalId: 'ReservationsTable',
      tableName: tables.RESERVATIONS_TABLE,
    });
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
