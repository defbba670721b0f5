import {
  DeleteTableCommand,
  DescribeTimeToLiveCommand,
  ResourceNotFoundException,
  ScanCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  createTable,
  epochSeconds,
  getItem,
  putItem,
  rejectionOf,
  startLocalDynamoDb,
  type LocalDynamoDb,
} from './local-dynamodb.js';

const updateTtl = (cloud: LocalDynamoDb, TableName: string, Enabled: boolean, AttributeName = 'expiresAt') =>
  cloud.dynamo.send(new UpdateTimeToLiveCommand({ TableName, TimeToLiveSpecification: { Enabled, AttributeName } }));

const describeTtl = async (cloud: LocalDynamoDb, TableName: string) =>
  (await cloud.dynamo.send(new DescribeTimeToLiveCommand({ TableName }))).TimeToLiveDescription;

// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html
describe('UpdateTimeToLive and DescribeTimeToLive', () => {
  let cloud: LocalDynamoDb;

  beforeAll(async () => {
    cloud = await startLocalDynamoDb();
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  it('describes TTL as DISABLED until it is enabled, then ENABLED on its attribute', async () => {
    await createTable(cloud, 'sessions', 'sessionId');

    const before = await describeTtl(cloud, 'sessions');
    const { TimeToLiveSpecification } = await updateTtl(cloud, 'sessions', true);
    const after = await describeTtl(cloud, 'sessions');

    expect(before).toEqual({ TimeToLiveStatus: 'DISABLED' });
    expect(TimeToLiveSpecification).toEqual({ Enabled: true, AttributeName: 'expiresAt' });
    expect(after).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
  });

  it('refuses what AWS refuses: enabling twice, another attribute, disabling twice', async () => {
    await createTable(cloud, 'carts', 'cartId');
    await updateTtl(cloud, 'carts', true);

    const enabledTwice = await rejectionOf(updateTtl(cloud, 'carts', true));
    const otherAttribute = await rejectionOf(updateTtl(cloud, 'carts', false, 'ttl'));
    await updateTtl(cloud, 'carts', false);
    const disabledTwice = await rejectionOf(updateTtl(cloud, 'carts', false));

    expect([enabledTwice, otherAttribute, disabledTwice].map(({ name, message }) => `${name}: ${message}`)).toEqual([
      'ValidationException: TimeToLive is already enabled',
      'ValidationException: TimeToLive is active on a different AttributeName: current AttributeName is expiresAt',
      'ValidationException: TimeToLive is already disabled',
    ]);
    expect(await describeTtl(cloud, 'carts')).toEqual({ TimeToLiveStatus: 'DISABLED' });
  });

  it('answers ResourceNotFoundException for a table that does not exist', async () => {
    await expect(describeTtl(cloud, 'no-such-table')).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(updateTtl(cloud, 'no-such-table', true)).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('forgets the setting of a table that is deleted and created again', async () => {
    await createTable(cloud, 'recreated', 'id');
    await updateTtl(cloud, 'recreated', true);
    await cloud.dynamo.send(new DeleteTableCommand({ TableName: 'recreated' }));
    await createTable(cloud, 'recreated', 'id');

    expect(await describeTtl(cloud, 'recreated')).toEqual({ TimeToLiveStatus: 'DISABLED' });
  });
});

// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html
describe('the TTL sweep', () => {
  let cloud: LocalDynamoDb;

  beforeAll(async () => {
    cloud = await startLocalDynamoDb();
    await createTable(cloud, 'tokens', 'token');
    await createTable(cloud, 'no-ttl', 'token');
    await updateTtl(cloud, 'tokens', true);
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  it('deletes only items whose TTL is a Number of epoch seconds in the past, up to five years back', async () => {
    const now = epochSeconds();
    const items = {
      expired: { N: String(now - 60) },
      future: { N: String(now + 3600) },
      'string-in-the-past': { S: String(now - 60) },
      'older-than-five-years': { N: String(now - 6 * 365 * 24 * 60 * 60) },
    };
    for (const [token, expiresAt] of Object.entries(items))
      await putItem(cloud, 'tokens', { token: { S: token }, expiresAt });
    await putItem(cloud, 'tokens', { token: { S: 'no-attribute' } });
    await putItem(cloud, 'no-ttl', { token: { S: 'expired-elsewhere' }, expiresAt: { N: String(now - 60) } });

    const deleted = await cloud.service.sweepExpiredItems();
    const { Items = [] } = await cloud.dynamo.send(new ScanCommand({ TableName: 'tokens' }));

    expect(deleted).toBe(1);
    expect(Items.map(({ token }) => token?.S).sort()).toEqual([
      'future',
      'no-attribute',
      'older-than-five-years',
      'string-in-the-past',
    ]);
    expect(await getItem(cloud, 'no-ttl', { token: { S: 'expired-elsewhere' } })).toBeDefined();
  });
});

describe('the TTL sweep timer', () => {
  let cloud: LocalDynamoDb;

  beforeAll(async () => {
    cloud = await startLocalDynamoDb({ ttlSweepMs: 50 });
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  it('deletes expired items every ttlSweepMs without being asked', async () => {
    await createTable(cloud, 'leases', 'lease');
    await updateTtl(cloud, 'leases', true);
    await putItem(cloud, 'leases', { lease: { S: 'stale' }, expiresAt: { N: String(epochSeconds() - 1) } });

    let remaining = await getItem(cloud, 'leases', { lease: { S: 'stale' } });
    for (let attempt = 0; remaining && attempt < 40; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      remaining = await getItem(cloud, 'leases', { lease: { S: 'stale' } });
    }

    expect(remaining).toBeUndefined();
  });
});
