import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { CommerceError } from '@commerce/shared-core';
import type { FailedReservation, HeldReservation, SettledReservation } from '../domain/reservation.js';
import type { HoldResult, ReservationStore, SettleResult } from '../domain/reservation-store.js';
import { defaultDocumentClient } from './document-client.js';
import { toReservation } from './items.js';
import { cancellationCodesOf, cancelledBy, CONDITION_FAILED, CONFLICT } from './transactions.js';

export interface ReservationsTableOptions {
  /** Partition key `orderId` (S): one reservation per order, the receivers' idempotency key. */
  tableName: string;
  /** The stock table the reservation's lines are held in, written in the same transactions. */
  stockTableName: string;
  client?: DynamoDBDocumentClient;
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const NEW_ORDER = 'attribute_not_exists(orderId)';

/**
 * Reservations in DynamoDB, and the transactions that move stock with them. Every transaction's
 * conditions are evaluated by DynamoDB at write time, so concurrent orders for one SKU can never
 * take more than `available`: one of them is cancelled instead.
 *
 * @example
 * const reservations = createReservationsTable({ tableName: config.RESERVATIONS_TABLE, stockTableName: config.STOCK_TABLE });
 */
export const createReservationsTable = (options: ReservationsTableOptions): ReservationStore => {
  const { tableName, stockTableName } = options;
  const client = () => options.client ?? defaultDocumentClient();

  const holdLine = ({ sku, quantity, unitPrice }: HeldReservation['lines'][number]): TransactItem => ({
    Update: {
      TableName: stockTableName,
      Key: { sku },
      UpdateExpression: 'SET #available = #available - :quantity, #reserved = #reserved + :quantity',
      // Also false for a SKU that does not exist: `available` is then missing.
      ConditionExpression: '#available >= :quantity AND #price = :price',
      ExpressionAttributeNames: { '#available': 'available', '#reserved': 'reserved', '#price': 'price' },
      ExpressionAttributeValues: { ':quantity': quantity, ':price': unitPrice },
    },
  });

  const settleLine =
    (status: SettledReservation['status']) =>
    ({ sku, quantity }: SettledReservation['lines'][number]): TransactItem => ({
      Update: {
        TableName: stockTableName,
        Key: { sku },
        // Committed units leave the warehouse; released ones can be sold again.
        UpdateExpression:
          status === 'COMMITTED'
            ? 'SET #reserved = #reserved - :quantity'
            : 'SET #reserved = #reserved - :quantity, #available = #available + :quantity',
        ConditionExpression: '#reserved >= :quantity',
        ExpressionAttributeNames: {
          '#reserved': 'reserved',
          ...(status === 'RELEASED' && { '#available': 'available' }),
        },
        ExpressionAttributeValues: { ':quantity': quantity },
      },
    });

  const transact = (items: TransactItem[]) => client().send(new TransactWriteCommand({ TransactItems: items }));

  return {
    async getReservation(orderId) {
      const { Item } = await client().send(
        new GetCommand({ TableName: tableName, Key: { orderId }, ConsistentRead: true }),
      );
      return Item && toReservation(Item);
    },

    async hold(reservation): Promise<HoldResult> {
      const record: TransactItem = { Put: { TableName: tableName, Item: reservation, ConditionExpression: NEW_ORDER } };
      try {
        await transact([...reservation.lines.map(holdLine), record]);
        return 'held';
      } catch (error) {
        const codes = cancellationCodesOf(error);
        if (!codes) throw error;
        if (codes.at(-1) === CONDITION_FAILED) return 'already-recorded';
        if (codes.some((code) => code === CONDITION_FAILED || code === CONFLICT)) return 'stock-changed';
        throw cancelledBy(codes, error);
      }
    },

    async recordFailure(reservation: FailedReservation) {
      try {
        await client().send(
          new PutCommand({ TableName: tableName, Item: reservation, ConditionExpression: NEW_ORDER }),
        );
        return 'recorded';
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return 'already-recorded';
        throw error;
      }
    },

    async settle(reservation): Promise<SettleResult> {
      const { orderId, status, settlement } = reservation;
      const record: TransactItem = {
        Update: {
          TableName: tableName,
          Key: { orderId },
          UpdateExpression: 'SET #status = :settled, #settlement = :settlement',
          ConditionExpression: '#status = :reserved',
          ExpressionAttributeNames: { '#status': 'status', '#settlement': 'settlement' },
          ExpressionAttributeValues: { ':settled': status, ':settlement': settlement, ':reserved': 'RESERVED' },
        },
      };
      try {
        await transact([record, ...reservation.lines.map(settleLine(status))]);
        return 'settled';
      } catch (error) {
        const codes = cancellationCodesOf(error);
        if (!codes) throw error;
        if (codes[0] === CONDITION_FAILED) return 'not-reserved';
        if (codes.includes(CONDITION_FAILED)) {
          // `reserved` below a held quantity: the table was edited outside the saga. A person must look.
          throw new CommerceError('CONFLICT', `Stock reserved for order ${orderId} is no longer there`, {
            details: { orderId, codes },
            retryable: false,
          });
        }
        throw cancelledBy(codes, error);
      }
    },
  };
};
