import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { createDynamoDbIdempotencyStore, runIdempotent } from '../../../src/idempotency/index.js';

// A file of its own: this mocks every DynamoDBDocumentClient, which would fight an instance mock.
describe('a DynamoDB idempotency store without a client', () => {
  const everyClient = mockClient(DynamoDBDocumentClient);
  const saved = { ...process.env };

  beforeAll(() => {
    Object.assign(process.env, { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
    everyClient.on(PutCommand).resolves({});
    everyClient.on(UpdateCommand).resolves({});
  });

  afterAll(() => {
    everyClient.restore();
    process.env = saved;
  });

  it('uses one document client, built from the environment, for every store of the process', async () => {
    const first = createDynamoDbIdempotencyStore({ tableName: 'idempotency-a' });
    const second = createDynamoDbIdempotencyStore({ tableName: 'idempotency-b' });

    await runIdempotent(first, 'k-1', async () => 1);
    await runIdempotent(second, 'k-2', async () => 2);

    const clients = new Set(everyClient.calls().map((call) => call.thisValue));
    expect(clients.size).toBe(1);
    expect([...clients][0]).toBeInstanceOf(DynamoDBDocumentClient);
  });
});
