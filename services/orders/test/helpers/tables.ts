import { fileURLToPath } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDeclaredTable } from '@commerce/local-cloud/testing';

const resourcesFile = fileURLToPath(new URL('../../resources/tables.yml', import.meta.url));

/** Orders' tables as resources/tables.yml declares them (the orders table with its index; idempotency). */
export const createOrdersTables = async (dynamo: DynamoDBClient, names: { orders: string; idempotency?: string }) => {
  await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'OrdersTable', tableName: names.orders });
  if (names.idempotency) {
    await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'IdempotencyTable', tableName: names.idempotency });
  }
};
