import {
  ResourceNotFoundException,
  TransactionCanceledException,
  type ReturnValuesOnConditionCheckFailure,
  TransactWriteItemsCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import {
  createTable,
  getItem,
  putItem,
  rejectionOf,
  startLocalDynamoDb,
  type LocalDynamoDb,
} from './local-dynamodb.js';

// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
describe('TransactWriteItems', () => {
  let cloud: LocalDynamoDb;

  beforeAll(async () => {
    cloud = await startLocalDynamoDb();
    await createTable(cloud, 'stock', 'sku');
    await createTable(cloud, 'orders', 'orderId');
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  const sku = (id: string) => ({ sku: { S: id } });
  const order = (id: string) => ({ orderId: { S: id } });
  const reserve = (id: string, quantity: number): TransactWriteItem => ({
    Update: {
      TableName: 'stock',
      Key: sku(id),
      UpdateExpression: 'SET available = available - :q',
      ConditionExpression: 'available >= :q',
      ExpressionAttributeValues: { ':q': { N: String(quantity) } },
    },
  });
  const placeOrder = (id: string, onConditionFailure?: ReturnValuesOnConditionCheckFailure): TransactWriteItem => ({
    Put: {
      TableName: 'orders',
      Item: { ...order(id), status: { S: 'PLACED' } },
      ConditionExpression: 'attribute_not_exists(orderId)',
      ReturnValuesOnConditionCheckFailure: onConditionFailure,
    },
  });
  const transact = (items: TransactWriteItem[], token?: string) =>
    cloud.dynamo.send(new TransactWriteItemsCommand({ TransactItems: items, ClientRequestToken: token }));

  it('commits a Put, an Update, a Delete and a ConditionCheck across two tables together', async () => {
    await putItem(cloud, 'stock', { ...sku('commit-1'), available: { N: '5' } });
    await putItem(cloud, 'stock', { ...sku('commit-2'), active: { BOOL: true } });
    await putItem(cloud, 'orders', { ...order('commit-stale'), status: { S: 'DRAFT' } });

    await transact([
      reserve('commit-1', 2),
      placeOrder('commit-new'),
      { Delete: { TableName: 'orders', Key: order('commit-stale') } },
      {
        ConditionCheck: {
          TableName: 'stock',
          Key: sku('commit-2'),
          ConditionExpression: 'active = :yes',
          ExpressionAttributeValues: { ':yes': { BOOL: true } },
        },
      },
    ]);

    expect(await getItem(cloud, 'stock', sku('commit-1'))).toEqual({ ...sku('commit-1'), available: { N: '3' } });
    expect(await getItem(cloud, 'orders', order('commit-new'))).toEqual({
      ...order('commit-new'),
      status: { S: 'PLACED' },
    });
    expect(await getItem(cloud, 'orders', order('commit-stale'))).toBeUndefined();
  });

  it('cancels every action when one condition fails, with one reason per action in order and the old item', async () => {
    await putItem(cloud, 'stock', { ...sku('cancel-1'), available: { N: '5' } });
    await putItem(cloud, 'orders', { ...order('cancel-taken'), status: { S: 'PLACED' } });
    await putItem(cloud, 'orders', { ...order('cancel-doomed'), status: { S: 'DRAFT' } });

    const error = await rejectionOf(
      transact([
        reserve('cancel-1', 2),
        placeOrder('cancel-taken', 'ALL_OLD'),
        { Delete: { TableName: 'orders', Key: order('cancel-doomed') } },
      ]),
    );

    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.message).toBe(
      'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, None]',
    );
    expect((error as TransactionCanceledException).CancellationReasons).toEqual([
      { Code: 'None' },
      {
        Code: 'ConditionalCheckFailed',
        Message: 'The conditional request failed',
        Item: { ...order('cancel-taken'), status: { S: 'PLACED' } },
      },
      { Code: 'None' },
    ]);
    // The reservation and the delete were applied before the failure was known: none of it shows.
    expect(await getItem(cloud, 'stock', sku('cancel-1'))).toEqual({ ...sku('cancel-1'), available: { N: '5' } });
    expect(await getItem(cloud, 'orders', order('cancel-doomed'))).toEqual({
      ...order('cancel-doomed'),
      status: { S: 'DRAFT' },
    });
  });

  it('reports every failed condition, and no item without ReturnValuesOnConditionCheckFailure', async () => {
    await putItem(cloud, 'stock', { ...sku('both-1'), available: { N: '1' } });

    const error = await rejectionOf(
      transact([reserve('both-1', 3), placeOrder('both-new'), reserve('both-missing', 1)]),
    );

    expect((error as TransactionCanceledException).CancellationReasons).toEqual([
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ]);
    expect(await getItem(cloud, 'orders', order('both-new'))).toBeUndefined();
    expect(await getItem(cloud, 'stock', sku('both-missing'))).toBeUndefined();
  });

  it('leaves the items a ConditionCheck names exactly as they were, existing or not', async () => {
    const checked = { ...sku('check-1'), available: { N: '7' }, tags: { SS: ['a', 'b'] } };
    await putItem(cloud, 'stock', checked);

    await transact([
      {
        ConditionCheck: {
          TableName: 'stock',
          Key: sku('check-1'),
          ConditionExpression: 'available > :zero',
          ExpressionAttributeValues: { ':zero': { N: '0' } },
        },
      },
      {
        ConditionCheck: {
          TableName: 'stock',
          Key: sku('check-absent'),
          ConditionExpression: 'attribute_not_exists(sku)',
        },
      },
      placeOrder('check-order'),
    ]);

    expect(await getItem(cloud, 'stock', sku('check-1'))).toEqual(checked);
    expect(await getItem(cloud, 'stock', sku('check-absent'))).toBeUndefined();
    expect(await getItem(cloud, 'orders', order('check-order'))).toBeDefined();
  });

  describe('refuses, before writing anything', () => {
    it.each([
      [
        'an Update and a ConditionCheck',
        [
          reserve('twice', 1),
          { ConditionCheck: { TableName: 'stock', Key: sku('twice'), ConditionExpression: 'attribute_exists(sku)' } },
        ],
      ],
      [
        'a Put and a Delete, the Put keyed inside its item',
        [
          { Put: { TableName: 'stock', Item: { ...sku('twice'), available: { N: '1' } } } },
          { Delete: { TableName: 'stock', Key: sku('twice') } },
        ],
      ],
    ])('two actions on one item: %s', async (_shape, items: TransactWriteItem[]) => {
      const error = await rejectionOf(transact([placeOrder('twice-order'), ...items]));

      expect(error.name).toBe('ValidationException');
      expect(error.message).toBe('Transaction request cannot include multiple operations on one item');
      expect(await getItem(cloud, 'orders', order('twice-order'))).toBeUndefined();
    });

    it.each([
      [0, 'Member must have length greater than or equal to 1'],
      [101, 'Member must have length less than or equal to 100'],
    ])('%i actions', async (count, constraint) => {
      const items = Array.from({ length: count }, (_, index) => placeOrder(`many-${index}`));

      const error = await rejectionOf(transact(items));

      expect(error.name).toBe('ValidationException');
      expect(error.message).toContain(constraint);
      expect(await getItem(cloud, 'orders', order('many-0'))).toBeUndefined();
    });

    it('an entry holding two actions', async () => {
      const error = await rejectionOf(
        transact([{ ...placeOrder('two-in-one'), Delete: { TableName: 'orders', Key: order('x') } }]),
      );

      expect(error.name).toBe('ValidationException');
      expect(error.message).toBe('TransactItems can only contain one of Check, Put, Update or Delete');
    });

    it.each([
      ['an expression that does not parse', 'SET available = = :q', { ':q': { N: '1' } }, 'Invalid UpdateExpression'],
      ['a placeholder no expression uses', 'SET available = :q', { ':q': { N: '1' }, ':w': { N: '2' } }, ':w'],
    ])('a malformed action, %s, as a plain ValidationException', async (_case, expression, values, mentioned) => {
      await putItem(cloud, 'stock', { ...sku('malformed'), available: { N: '5' } });
      const malformed: TransactWriteItem = {
        Update: {
          TableName: 'stock',
          Key: sku('malformed'),
          UpdateExpression: expression,
          ExpressionAttributeValues: values,
        },
      };

      const error = await rejectionOf(transact([placeOrder('malformed-order'), malformed]));

      expect(error.name).toBe('ValidationException');
      expect(error.message).toContain(mentioned);
      expect(await getItem(cloud, 'orders', order('malformed-order'))).toBeUndefined();
    });

    it('an action on a table that does not exist', async () => {
      const error = await rejectionOf(
        transact([placeOrder('unknown-table-order'), { Delete: { TableName: 'no-such-table', Key: order('x') } }]),
      );

      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(await getItem(cloud, 'orders', order('unknown-table-order'))).toBeUndefined();
    });
  });

  describe('ClientRequestToken', () => {
    it('answers a repeated request with the same token with success, applying it once', async () => {
      await putItem(cloud, 'stock', { ...sku('token-1'), available: { N: '5' } });

      await transact([reserve('token-1', 1)], 'token-repeat');
      await transact([reserve('token-1', 1)], 'token-repeat');

      expect(await getItem(cloud, 'stock', sku('token-1'))).toEqual({ ...sku('token-1'), available: { N: '4' } });
    });

    it('refuses the same token with a different request', async () => {
      await putItem(cloud, 'stock', { ...sku('token-2'), available: { N: '5' } });
      await transact([reserve('token-2', 1)], 'token-mismatch');

      const error = await rejectionOf(transact([reserve('token-2', 2)], 'token-mismatch'));

      expect(error.name).toBe('IdempotentParameterMismatchException');
      expect(await getItem(cloud, 'stock', sku('token-2'))).toEqual({ ...sku('token-2'), available: { N: '4' } });
    });

    it('runs a cancelled request again when it is retried with its token', async () => {
      await putItem(cloud, 'stock', { ...sku('token-3'), available: { N: '0' } });
      await expect(transact([reserve('token-3', 1)], 'token-retry')).rejects.toBeInstanceOf(
        TransactionCanceledException,
      );
      await putItem(cloud, 'stock', { ...sku('token-3'), available: { N: '1' } });

      await transact([reserve('token-3', 1)], 'token-retry');

      expect(await getItem(cloud, 'stock', sku('token-3'))).toEqual({ ...sku('token-3'), available: { N: '0' } });
    });
  });
});
