import { GetCommand, TransactGetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StockLevel, StockStore, StockUpdate } from '../domain/stock-levels.js';
import { defaultDocumentClient } from './document-client.js';
import { toStockLevel } from './items.js';

export interface StockTableOptions {
  /** Partition key `sku` (S); items hold `available`, `reserved`, `price` and `updatedAt`. */
  tableName: string;
  client?: DynamoDBDocumentClient;
  now?: () => Date;
}

/**
 * Stock levels in DynamoDB, one item per SKU. Reads are strongly consistent: an administrator who
 * sets a level and reads it back sees what was set, and reservations decide on current stock.
 *
 * @example
 * const stock = createStockTable({ tableName: config.STOCK_TABLE });
 */
export const createStockTable = (options: StockTableOptions): StockStore => {
  const { tableName, now = () => new Date() } = options;
  const client = () => options.client ?? defaultDocumentClient();

  return {
    async getStock(sku) {
      const { Item } = await client().send(
        new GetCommand({ TableName: tableName, Key: { sku }, ConsistentRead: true }),
      );
      return Item && toStockLevel(Item);
    },

    async setStock(sku: string, { available, price }: StockUpdate): Promise<StockLevel> {
      const { Attributes } = await client().send(
        new UpdateCommand({
          TableName: tableName,
          Key: { sku },
          // `reserved` belongs to the saga: a new SKU starts at 0, an existing one keeps its holds.
          UpdateExpression:
            'SET #available = :available, #price = :price, #updatedAt = :now, #reserved = if_not_exists(#reserved, :zero)',
          ExpressionAttributeNames: {
            '#available': 'available',
            '#price': 'price',
            '#updatedAt': 'updatedAt',
            '#reserved': 'reserved',
          },
          ExpressionAttributeValues: {
            ':available': available,
            ':price': price,
            ':now': now().toISOString(),
            ':zero': 0,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toStockLevel(Attributes ?? {});
    },

    async readStock(skus) {
      if (skus.length === 0) return new Map();
      // One atomic, consistent read of at most 50 lines (TransactGetItems takes up to 100), with no
      // UnprocessedKeys to chase as BatchGetItem would have.
      const { Responses = [] } = await client().send(
        new TransactGetCommand({ TransactItems: skus.map((sku) => ({ Get: { TableName: tableName, Key: { sku } } })) }),
      );
      const levels = Responses.flatMap(({ Item }) => (Item ? [toStockLevel(Item)] : []));
      return new Map(levels.map((level) => [level.sku, level]));
    },
  };
};
