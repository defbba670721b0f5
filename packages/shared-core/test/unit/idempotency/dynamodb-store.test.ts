import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import {
  createDynamoDbIdempotencyStore,
  IdempotencyInProgressError,
  runIdempotent,
} from '../../../src/idempotency/index.js';

const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('createDynamoDbIdempotencyStore', () => {
  const documentClient = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } }),
  );
  const dynamo = mockClient(documentClient);
  const store = createDynamoDbIdempotencyStore({
    tableName: 'idempotency',
    client: documentClient,
    now: () => 1_000_000,
  });

  beforeEach(() => dynamo.reset());

  it('claims the key with a conditional put carrying a lock and a TTL', async () => {
    dynamo.on(PutCommand).resolves({});
    dynamo.on(UpdateCommand).resolves({});

    await runIdempotent(store, 'k', async () => 'ok');

    const put = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.Item).toMatchObject({
      id: 'k',
      status: 'IN_PROGRESS',
      lockExpiresAt: 1_060_000,
      expiresAt: 1000 + 86_400,
    });
    expect(put?.ConditionExpression).toContain('attribute_not_exists(id)');
    expect(dynamo.commandCalls(UpdateCommand)[0]?.args[0].input.ExpressionAttributeValues).toMatchObject({
      ':completed': 'COMPLETED',
      ':value': 'ok',
    });
  });

  it('claims again when the holder deleted its record between our put and our read', async () => {
    dynamo.on(PutCommand).rejectsOnce(conditionFailed()).resolves({});
    dynamo.on(GetCommand).resolves({});
    dynamo.on(UpdateCommand).resolves({});

    await expect(runIdempotent(store, 'k', async () => 'ran')).resolves.toEqual({ value: 'ran', replayed: false });
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(2);
  });

  it('reports in progress when the key keeps changing hands', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    dynamo.on(GetCommand).resolves({});

    await expect(runIdempotent(store, 'k', async () => 'never')).rejects.toBeInstanceOf(IdempotencyInProgressError);
  });

  it('deletes its own record when the run fails, then rethrows the failure', async () => {
    dynamo.on(PutCommand).resolves({});
    dynamo.on(DeleteCommand).resolves({});

    await expect(runIdempotent(store, 'k', async () => Promise.reject(new Error('declined')))).rejects.toThrow(
      'declined',
    );
    expect(dynamo.commandCalls(DeleteCommand)[0]?.args[0].input.ConditionExpression).toBe('lockToken = :lockToken');
  });

  it('keeps the result when its lock was taken over meanwhile', async () => {
    dynamo.on(PutCommand).resolves({});
    dynamo.on(UpdateCommand).rejects(conditionFailed());

    await expect(runIdempotent(store, 'k', async () => 'done')).resolves.toEqual({ value: 'done', replayed: false });
  });

  it('lets a table error through instead of guessing', async () => {
    dynamo.on(PutCommand).rejects(new Error('ProvisionedThroughputExceededException'));

    await expect(runIdempotent(store, 'k', async () => 'never')).rejects.toThrow('ProvisionedThroughput');
  });
});
