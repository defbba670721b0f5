import {
  ScanCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { createTable, getItem, putItem, startLocalDynamoDb, type LocalDynamoDb } from './local-dynamodb.js';

/**
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-isolation:
 * transactions are serializable with one another and with PutItem, UpdateItem and DeleteItem.
 * Each transaction here writes one item before a later action fails, so the engine must undo that
 * write; an undo that could interleave with another write would overwrite it and the counts would drift.
 */
describe('transactions isolated from concurrent writes', () => {
  let cloud: LocalDynamoDb;

  beforeAll(async () => {
    cloud = await startLocalDynamoDb();
    await createTable(cloud, 'stock', 'sku');
    await createTable(cloud, 'orders', 'orderId');
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  const transact = (items: TransactWriteItem[]) =>
    cloud.dynamo.send(new TransactWriteItemsCommand({ TransactItems: items }));

  /** `committed`, or the codes of the reasons the transaction was cancelled with. */
  const outcomeOf = (items: TransactWriteItem[]): Promise<string> =>
    transact(items).then(
      () => 'committed',
      (error: unknown) => {
        if (!(error instanceof TransactionCanceledException)) throw error;
        return (error.CancellationReasons ?? []).map(({ Code }) => Code).join(', ');
      },
    );
  const committedIn = (outcomes: readonly string[]) => outcomes.filter((outcome) => outcome === 'committed').length;
  const notForACondition = (outcomes: readonly string[]) =>
    outcomes.filter((outcome) => outcome !== 'committed' && !outcome.includes('ConditionalCheckFailed'));

  const availableOf = async (id: string) =>
    Number((await getItem(cloud, 'stock', { sku: { S: id } }))?.['available']?.N);

  it('never oversells a stock counter that many transactions decrement at once', async () => {
    await putItem(cloud, 'stock', { sku: { S: 'hot' }, available: { N: '15' } });
    // 40 buyers, two in a row per order id: the second is cancelled after reserving, while the
    // others are still buying, so its reservation must be undone without touching theirs.
    const buyers = Array.from({ length: 40 }, (_, buyer) =>
      outcomeOf([
        {
          Update: {
            TableName: 'stock',
            Key: { sku: { S: 'hot' } },
            UpdateExpression: 'SET available = available - :q',
            ConditionExpression: 'available >= :q',
            ExpressionAttributeValues: { ':q': { N: '1' } },
          },
        },
        {
          Put: {
            TableName: 'orders',
            Item: { orderId: { S: `hot-${Math.floor(buyer / 2)}` } },
            ConditionExpression: 'attribute_not_exists(orderId)',
          },
        },
      ]),
    );

    const outcomes = await Promise.all(buyers);
    const { Count: orders } = await cloud.dynamo.send(new ScanCommand({ TableName: 'orders', Select: 'COUNT' }));

    expect(committedIn(outcomes)).toBe(15);
    expect(notForACondition(outcomes)).toEqual([]);
    expect(await availableOf('hot')).toBe(0);
    expect(orders).toBe(15);
  }, 60_000);

  it('keeps every plain UpdateItem that runs between transactions on the same item', async () => {
    await putItem(cloud, 'stock', { sku: { S: 'visits' }, available: { N: '0' } });
    const increment = {
      TableName: 'stock',
      Key: { sku: { S: 'visits' } },
      UpdateExpression: 'ADD available :one',
      ExpressionAttributeValues: { ':one': { N: '1' } },
    };
    // Writers that increment one after another keep plain writes arriving while transactions run.
    const plainWriter = async (count: number) => {
      for (let written = 0; written < count; written += 1) await cloud.dynamo.send(new UpdateItemCommand(increment));
    };
    // Every other transaction fails its check after incrementing, and must leave no trace.
    const transactions = Array.from({ length: 20 }, (_, index) =>
      outcomeOf([
        { Update: increment },
        {
          ConditionCheck: {
            TableName: 'orders',
            Key: { orderId: { S: 'visits-gate' } },
            ConditionExpression: index % 2 === 0 ? 'attribute_not_exists(orderId)' : 'attribute_exists(orderId)',
          },
        },
      ]),
    );

    const [outcomes] = await Promise.all([Promise.all(transactions), plainWriter(10), plainWriter(10)]);

    expect(committedIn(outcomes)).toBe(10);
    expect(notForACondition(outcomes)).toEqual([]);
    expect(await availableOf('visits')).toBe(20 + 10);
  });
});
