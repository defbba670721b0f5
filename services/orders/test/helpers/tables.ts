import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BY_CUSTOMER_INDEX } from '../../src/store/orders-table.js';

/** Orders' tables as resources/tables.yml declares them (the orders table with its index; idempotency). */
export const createOrdersTables = async (dynamo: DynamoDBClient, names: { orders: string; idempotency?: string }) => {
  await dynamo.send(
    new CreateTableCommand({
      TableName: names.orders,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'orderId', AttributeType: 'S' },
        { AttributeName: 'customerId', AttributeType: 'S' },
        { AttributeName: 'placedAt', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: BY_CUSTOMER_INDEX,
          KeySchema: [
            { AttributeName: 'customerId', KeyType: 'HASH' },
            { AttributeName: 'placedAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
  if (names.idempotency) {
    await dynamo.send(
      new CreateTableCommand({
        TableName: names.idempotency,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      }),
    );
  }
};
