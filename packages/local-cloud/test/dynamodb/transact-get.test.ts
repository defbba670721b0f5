import {
  PutItemCommand,
  ResourceNotFoundException,
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  type TransactGetItem,
} from '@aws-sdk/client-dynamodb';
import { createTable, putItem, rejectionOf, startLocalDynamoDb, type LocalDynamoDb } from './local-dynamodb.js';

// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html
describe('TransactGetItems', () => {
  let cloud: LocalDynamoDb;

  beforeAll(async () => {
    cloud = await startLocalDynamoDb();
    await createTable(cloud, 'accounts', 'accountId');
    await createTable(cloud, 'profiles', 'userId');
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  const get = (TableName: string, key: Record<string, string>, projection?: string): TransactGetItem => ({
    Get: {
      TableName,
      Key: Object.fromEntries(Object.entries(key).map(([name, value]) => [name, { S: value }])),
      ...(projection ? { ProjectionExpression: projection, ExpressionAttributeNames: { '#n': 'name' } } : {}),
    },
  });
  const transactGet = (items: TransactGetItem[]) =>
    cloud.dynamo.send(new TransactGetItemsCommand({ TransactItems: items }));

  it('answers in request order across tables, {} for a missing item, projecting what was asked', async () => {
    await putItem(cloud, 'accounts', { accountId: { S: 'a-1' }, balance: { N: '10' } });
    await putItem(cloud, 'profiles', { userId: { S: 'u-1' }, name: { S: 'Ada' }, email: { S: 'ada@example.com' } });

    const { Responses } = await transactGet([
      get('profiles', { userId: 'u-1' }, '#n'),
      get('accounts', { accountId: 'missing' }),
      get('accounts', { accountId: 'a-1' }),
    ]);

    expect(Responses).toEqual([
      { Item: { name: { S: 'Ada' } } },
      {},
      { Item: { accountId: { S: 'a-1' }, balance: { N: '10' } } },
    ]);
  });

  it('refuses a table that does not exist and more than 100 gets', async () => {
    const unknownTable = await rejectionOf(transactGet([get('no-such-table', { id: 'x' })]));
    const tooMany = await rejectionOf(
      transactGet(Array.from({ length: 101 }, (_, index) => get('accounts', { accountId: `a-${index}` }))),
    );

    expect(unknownTable).toBeInstanceOf(ResourceNotFoundException);
    expect(tooMany.name).toBe('ValidationException');
    expect(tooMany.message).toContain('Member must have length less than or equal to 100');
  });

  // Transfers keep the total at 10; a read between two of a transfer's writes, or of one that is
  // cancelled and undone, would see another total.
  it('reads one consistent snapshot while transfers commit and cancel around it', async () => {
    await putItem(cloud, 'accounts', { accountId: { S: 'from' }, balance: { N: '5' } });
    await putItem(cloud, 'accounts', { accountId: { S: 'to' }, balance: { N: '5' } });
    const move = (amount: number, from: string, to: string) =>
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Update: {
              TableName: 'accounts',
              Key: { accountId: { S: to } },
              UpdateExpression: 'ADD balance :amount',
              ExpressionAttributeValues: { ':amount': { N: String(amount) } },
            },
          },
          {
            Update: {
              TableName: 'accounts',
              Key: { accountId: { S: from } },
              UpdateExpression: 'ADD balance :debit',
              ConditionExpression: 'balance >= :amount',
              ExpressionAttributeValues: { ':amount': { N: String(amount) }, ':debit': { N: String(-amount) } },
            },
          },
        ],
      });
    const transfers = Array.from({ length: 30 }, (_, index) =>
      cloud.dynamo.send(index % 2 === 0 ? move(3, 'from', 'to') : move(3, 'to', 'from')).catch(() => 'cancelled'),
    );
    const reads = Array.from({ length: 30 }, () =>
      transactGet([get('accounts', { accountId: 'from' }), get('accounts', { accountId: 'to' })]),
    );

    const [, snapshots] = await Promise.all([Promise.all(transfers), Promise.all(reads)]);
    const totals = snapshots.map(({ Responses = [] }) =>
      Responses.reduce((total, { Item }) => total + Number(Item?.['balance']?.N), 0),
    );

    expect(new Set(totals)).toEqual(new Set([10]));
  });

  // A writer stores step n in `first`, then in `second`: at any real moment first >= second. The
  // reads of the two lie 98 gets apart, time enough for the writer to move on between them.
  it('never sees a later plain write without the earlier one', async () => {
    const store = (accountId: string, step: number) =>
      cloud.dynamo.send(
        new PutItemCommand({
          TableName: 'accounts',
          Item: { accountId: { S: accountId }, balance: { N: String(step) } },
        }),
      );
    await store('first', 0);
    await store('second', 0);
    let writing = true;
    const writer = async () => {
      for (let step = 1; writing; step += 1) {
        await store('first', step);
        await store('second', step);
      }
    };
    const fillers = Array.from({ length: 98 }, (_, index) => get('accounts', { accountId: `filler-${index}` }));
    const reader = async () => {
      const seen: Array<[number, number]> = [];
      for (let read = 0; read < 5; read += 1) {
        const { Responses = [] } = await transactGet([
          get('accounts', { accountId: 'first' }),
          ...fillers,
          get('accounts', { accountId: 'second' }),
        ]);
        seen.push([Number(Responses[0]?.Item?.['balance']?.N), Number(Responses.at(-1)?.Item?.['balance']?.N)]);
      }
      writing = false;
      return seen;
    };

    const [seen] = await Promise.all([reader(), writer()]);

    expect(seen.filter(([first, second]) => second > first)).toEqual([]);
    expect(seen.at(-1)?.[0]).toBeGreaterThan(0);
  });
});
