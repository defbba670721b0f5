import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import {
  createDynamoDbIdempotencyStore,
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
  runIdempotent,
} from '../../../src/idempotency/index.js';

const NOW = 1_795_341_600_000; // 2026-11-22T10:00:00Z
const NOW_SECONDS = NOW / 1000;

const documentClient = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }),
);
const dynamo = mockClient(documentClient);
const store = createDynamoDbIdempotencyStore({ tableName: 'idempotency', client: documentClient, now: () => NOW });

type Stored = Record<string, string | number>;
const completed = (fields: Stored = {}): Stored => ({
  id: 'k',
  status: 'COMPLETED',
  expiresAt: NOW_SECONDS + 3600,
  result: '{"paymentId":"pay-1"}',
  ...fields,
});
const inProgress = (fields: Stored = {}): Stored => ({
  id: 'k',
  status: 'IN_PROGRESS',
  expiresAt: NOW_SECONDS + 86_400,
  lockToken: 'other-run',
  lockExpiresAt: NOW + 30_000,
  ...fields,
});

/** The item as DynamoDB returns it on a failed condition: raw attribute values, not unmarshalled. */
const raw = (item: Stored) =>
  Object.fromEntries(
    Object.entries(item).map(([name, value]) => [
      name,
      typeof value === 'number' ? { N: String(value) } : { S: value },
    ]),
  );
const conditionFailed = (item?: Stored) =>
  new ConditionalCheckFailedException({
    message: 'The conditional request failed',
    $metadata: {},
    ...(item ? { Item: raw(item) } : {}),
  });

/** Work that counts how often it ran. */
const counted = <T>(result: T) => {
  let runs = 0;
  return {
    run: async () => {
      runs += 1;
      return result;
    },
    runs: () => runs,
  };
};

beforeEach(() => {
  dynamo.reset();
  dynamo.on(UpdateCommand).resolves({});
  dynamo.on(DeleteCommand).resolves({});
});

describe('a first run', () => {
  it('claims the key with a conditional put carrying a lock, a TTL and the fingerprint', async () => {
    dynamo.on(PutCommand).resolves({});

    await runIdempotent(store, 'k', async () => 'ok', { fingerprint: 'f-1' });

    const put = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.Item).toEqual({
      id: 'k',
      status: 'IN_PROGRESS',
      lockToken: expect.any(String),
      lockExpiresAt: NOW + 60_000,
      expiresAt: NOW_SECONDS + 86_400,
      fingerprint: 'f-1',
    });
    expect(put?.ConditionExpression).toContain('attribute_not_exists(id)');
    expect(put?.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
  });

  it('records the JSON result with a fresh TTL, on condition that it still holds the lock', async () => {
    dynamo.on(PutCommand).resolves({});

    const result = await runIdempotent(store, 'k', async () => ({ paymentId: 'pay-1' }));

    const lockToken = dynamo.commandCalls(PutCommand)[0]?.args[0].input.Item?.['lockToken'];
    const update = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(result).toEqual({ value: { paymentId: 'pay-1' }, replayed: false });
    expect(update?.ConditionExpression).toBe('lockToken = :lockToken');
    expect(update?.ExpressionAttributeValues).toEqual({
      ':completed': 'COMPLETED',
      ':expiresAt': NOW_SECONDS + 86_400,
      ':lockToken': lockToken,
      ':result': '{"paymentId":"pay-1"}',
    });
  });

  it('stores no result attribute when the run returns undefined', async () => {
    dynamo.on(PutCommand).resolves({});

    await runIdempotent(store, 'k', () => undefined);

    const update = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(update?.UpdateExpression).not.toContain('#result');
    expect(update?.ExpressionAttributeNames).toEqual({ '#status': 'status' });
  });

  it('deletes its own record when the run fails, then rethrows the failure', async () => {
    dynamo.on(PutCommand).resolves({});

    const running = runIdempotent(store, 'k', async () => Promise.reject(new Error('declined')));

    await expect(running).rejects.toThrow('declined');
    expect(dynamo.commandCalls(DeleteCommand)[0]?.args[0].input).toMatchObject({
      Key: { id: 'k' },
      ConditionExpression: 'lockToken = :lockToken',
    });
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('rethrows the run failure, not the table error, when releasing the key fails too', async () => {
    dynamo.on(PutCommand).resolves({});
    dynamo.on(DeleteCommand).rejects(new Error('ThrottlingException'));

    const running = runIdempotent(store, 'k', async () => Promise.reject(new Error('declined')));

    await expect(running).rejects.toThrow('declined');
  });

  it('keeps its result when its lock expired and another run took the key over', async () => {
    dynamo.on(PutCommand).resolves({});
    dynamo.on(UpdateCommand).rejects(conditionFailed());

    const result = await runIdempotent(store, 'k', async () => 'done');

    expect(result).toEqual({ value: 'done', replayed: false });
  });

  it('lets a table error through instead of guessing', async () => {
    dynamo.on(PutCommand).rejects(new Error('ProvisionedThroughputExceededException'));
    const work = counted('never');

    await expect(runIdempotent(store, 'k', work.run)).rejects.toThrow('ProvisionedThroughput');
    expect(work.runs()).toBe(0);
  });
});

describe.each([
  ['returned with the failed claim', (item: Stored) => dynamo.on(PutCommand).rejects(conditionFailed(item))],
  [
    'read after the failed claim (emulators without ReturnValuesOnConditionCheckFailure)',
    (item: Stored) => {
      dynamo.on(PutCommand).rejects(conditionFailed());
      dynamo.on(GetCommand).resolves({ Item: item });
    },
  ],
])('a duplicate finding the record %s', (_how, holderIs) => {
  it('replays a completed result without running the work', async () => {
    holderIs(completed());
    const work = counted({ paymentId: 'pay-2' });

    const result = await runIdempotent(store, 'k', work.run);

    expect(result).toEqual({ value: { paymentId: 'pay-1' }, replayed: true });
    expect(work.runs()).toBe(0);
  });

  it('replays undefined for a completed run that returned nothing', async () => {
    const { result: _none, ...withoutResult } = completed();
    holderIs(withoutResult);

    const result = await runIdempotent(store, 'k', async () => 'ran');

    expect(result).toEqual({ value: undefined, replayed: true });
  });

  it('is told the key is in progress while another run holds a live lock', async () => {
    holderIs(inProgress());
    const work = counted('never');

    const running = runIdempotent(store, 'k', work.run);

    await expect(running).rejects.toBeInstanceOf(IdempotencyInProgressError);
    await expect(running).rejects.toMatchObject({
      code: 'IDEMPOTENCY_IN_PROGRESS',
      retryable: true,
      details: { key: 'k' },
    });
    expect(work.runs()).toBe(0);
  });

  it('is refused when the key was first used with another fingerprint, completed or not', async () => {
    holderIs(inProgress({ fingerprint: 'f-1' }));

    const running = runIdempotent(store, 'k', async () => 'never', { fingerprint: 'f-2' });

    await expect(running).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    await expect(running).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 409, retryable: false });
  });

  it('replays when the first run stored no fingerprint to compare with', async () => {
    holderIs(completed());

    const result = await runIdempotent(store, 'k', async () => 'ran', { fingerprint: 'f-2' });

    expect(result.replayed).toBe(true);
  });
});

describe('a claim lost to a record that then disappears or expires', () => {
  it('claims again when the holder deleted its record between our put and our read', async () => {
    dynamo.on(PutCommand).rejectsOnce(conditionFailed()).resolves({});
    dynamo.on(GetCommand).resolves({});

    const result = await runIdempotent(store, 'k', async () => 'ran');

    expect(result).toEqual({ value: 'ran', replayed: false });
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(2);
  });

  it('claims again when the record read has passed its TTL or its lock', async () => {
    dynamo.on(PutCommand).rejectsOnce(conditionFailed()).rejectsOnce(conditionFailed()).resolves({});
    dynamo
      .on(GetCommand)
      .resolvesOnce({ Item: completed({ expiresAt: NOW_SECONDS - 1 }) })
      .resolvesOnce({ Item: inProgress({ lockExpiresAt: NOW - 1 }) });

    const result = await runIdempotent(store, 'k', async () => 'ran');

    expect(result).toEqual({ value: 'ran', replayed: false });
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(3);
  });

  it('reports in progress when the key keeps changing hands', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    dynamo.on(GetCommand).resolves({});

    await expect(runIdempotent(store, 'k', async () => 'never')).rejects.toBeInstanceOf(IdempotencyInProgressError);
  });
});

describe('createDynamoDbIdempotencyStore', () => {
  it.each([
    [{ lockSeconds: 0 }, /lockSeconds must be positive/],
    [{ lockSeconds: 120, ttlSeconds: 60 }, /ttlSeconds \(60\) must be at least lockSeconds \(120\)/],
  ])('refuses settings under which a lock could outlive its record: %j', (settings, problem) => {
    const create = () => createDynamoDbIdempotencyStore({ tableName: 'idempotency', ...settings });

    expect(create).toThrow(problem);
  });
});
