import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDeclaredTable, LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { createAnalytics } from '../../src/domain/analytics.js';
import { createMetricsTable } from '../../src/store/metrics-table.js';
import { AFTER_THE_EXAMPLES, everyExample, example, shuffled } from '../helpers/examples.js';

/** The metrics table (as resources/tables.yml declares it) on the local cloud's DynamoDB. */
describe('analytics on the local cloud', () => {
  let edge: Edge;
  let dynamo: DynamoDBClient;
  let documents: DynamoDBDocumentClient;
  let tables = 0;
  const resourcesFile = fileURLToPath(new URL('../../resources/tables.yml', import.meta.url));

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    documents = DynamoDBDocumentClient.from(dynamo);
  });

  afterAll(async () => {
    dynamo?.destroy();
    await edge?.stop();
  });

  /** A fresh table per test, so each test starts from zero counters. */
  const freshAnalytics = async () => {
    const tableName = `analytics-local-metrics-${(tables += 1)}`;
    await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'MetricsTable', tableName });
    const metrics = createMetricsTable({ tableName, client: documents });
    const item = async (pk: string) =>
      (await documents.send(new GetCommand({ TableName: tableName, Key: { pk }, ConsistentRead: true }))).Item;
    return { analytics: createAnalytics({ metrics, now: () => AFTER_THE_EXAMPLES }), item };
  };

  it('gives the same summary for every event delivered twice and shuffled as for each once in order', async () => {
    const inOrder = await freshAnalytics();
    const twiceShuffled = await freshAnalytics();

    const once = await Promise.all(everyExample().map((event) => inOrder.analytics.record(event)));
    const twice = [];
    for (const event of shuffled([...everyExample(), ...everyExample()], 7)) {
      twice.push(await twiceShuffled.analytics.record(event));
    }

    expect(once.every((outcome) => outcome === 'recorded')).toBe(true);
    expect(twice.filter((outcome) => outcome === 'duplicate')).toHaveLength(everyExample().length);
    const summary = await inOrder.analytics.summary();
    expect(await twiceShuffled.analytics.summary()).toEqual(summary);
    expect(summary).toMatchObject({
      orders: { placed: 3, confirmed: 2, cancelled: 4, pending: 0 },
      revenue: { EUR: 30544 },
      latencyMs: { count: 2, p50: 2451, p99: 2451, max: 2451 },
    });
    expect(summary.perMinute.at(-31)).toEqual({
      minute: '2025-03-15T17:30:00.000Z',
      placed: 1,
      confirmed: 0,
      cancelled: 1,
      revenue: {},
    });
  }, 60_000);

  it('counts an event once when several deliveries of it race', async () => {
    const { analytics } = await freshAnalytics();
    const confirmed = example('OrderConfirmed', 'eighteen items over three lines');

    const outcomes = await Promise.all([1, 2, 3, 4, 5].map(() => analytics.record(confirmed)));

    expect(outcomes.sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'recorded']);
    expect(await analytics.summary()).toMatchObject({
      orders: { confirmed: 1 },
      revenue: { EUR: 25296 },
      eventsByType: { OrderConfirmed: 1 },
      latencyMs: { count: 1 },
    });
  });

  it('loses no count when different events race for the same counters', async () => {
    const { analytics } = await freshAnalytics();

    await Promise.all(everyExample().map((event) => analytics.record(event)));

    expect(Object.values((await analytics.summary()).eventsByType).reduce((a, b) => a + b, 0)).toBe(
      everyExample().length,
    );
  });

  it('keeps the maximum latency whichever confirmation arrives first', async () => {
    const { analytics } = await freshAnalytics();

    await analytics.record(example('OrderConfirmed', 'eighteen items over three lines')); // 2451 ms
    await analytics.record(example('OrderConfirmed', 'two T-shirts and a mug')); // 2442 ms

    expect((await analytics.summary()).latencyMs.max).toBe(2451);
  });

  it('remembers counted ids for 15 days and minutes for 7 after their last write, then lets them expire', async () => {
    const { analytics, item } = await freshAnalytics();
    const placed = example('OrderPlaced', 'two T-shirts and a mug');
    const daysFromNow = (expiresAt: unknown) => (Number(expiresAt) - Date.now() / 1000) / (24 * 3600);

    await analytics.record(placed);

    // From the recording time, not the event's (March 2025): a replayed event must not expire at once.
    const seen = await item(`seen#${placed.id}`);
    const minute = await item('minute#2025-03-14T09:26');
    expect(daysFromNow(seen?.['expiresAt'])).toBeCloseTo(15, 2);
    expect(minute).toMatchObject({ placed: 1 });
    expect(daysFromNow(minute?.['expiresAt'])).toBeCloseTo(7, 2);
    expect(await item('totals')).toEqual({ pk: 'totals', placed: 1, 'type#OrderPlaced': 1 });
  });
});
