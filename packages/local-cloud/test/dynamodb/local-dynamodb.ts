import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import {
  createDynamoDbServiceWith,
  type DynamoDbService,
  type DynamoDbServiceOptions,
} from '../../src/dynamodb/dynamodb-service.js';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';
import { LOCAL_CREDENTIALS } from '../../src/local-account.js';

export type Item = Record<string, AttributeValue>;

/** An edge serving DynamoDB, the real SDK client pointed at it, and the engine for its TTL sweep. */
export interface LocalDynamoDb {
  edge: Edge;
  dynamo: DynamoDBClient;
  service: DynamoDbService;
  stop(): Promise<void>;
}

/** The sweep timer is off unless a test asks for it, so only `sweepExpiredItems()` deletes. */
export const startLocalDynamoDb = async (
  options: DynamoDbServiceOptions = { ttlSweepMs: 0 },
): Promise<LocalDynamoDb> => {
  const create = createDynamoDbServiceWith(options);
  let service: DynamoDbService | undefined;
  const edge = await startEdge({ port: 0, services: { dynamodb: async () => (service = await create()) } });
  if (!service) throw new Error('the edge did not build the DynamoDB service');
  // One attempt: a retried request would hide what the engine answered first.
  const dynamo = new DynamoDBClient({
    endpoint: edge.url,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  return {
    edge,
    dynamo,
    service,
    stop: async () => {
      dynamo.destroy();
      await edge.stop();
    },
  };
};

/** A table keyed by one string attribute. */
export const createTable = async ({ dynamo }: LocalDynamoDb, tableName: string, keyName: string): Promise<void> => {
  await dynamo.send(
    new CreateTableCommand({
      TableName: tableName,
      KeySchema: [{ AttributeName: keyName, KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: keyName, AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
};

export const putItem = async ({ dynamo }: LocalDynamoDb, tableName: string, item: Item): Promise<void> => {
  await dynamo.send(new PutItemCommand({ TableName: tableName, Item: item }));
};

export const getItem = async ({ dynamo }: LocalDynamoDb, tableName: string, key: Item): Promise<Item | undefined> =>
  (await dynamo.send(new GetItemCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;

/** The rejection of `promise`, to assert on its class and fields; fails the test if it resolves. */
export const rejectionOf = async (promise: Promise<unknown>): Promise<Error> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-error: ${String(error)}`);
  }
  throw new Error('expected a rejection, but the call succeeded');
};

export const epochSeconds = (): number => Math.floor(Date.now() / 1000);
