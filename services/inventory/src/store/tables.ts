import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReservationStore } from '../domain/reservation-store.js';
import type { StockStore } from '../domain/stock-levels.js';
import { createReservationsTable } from './reservations-table.js';
import { createStockTable } from './stock-table.js';

export interface TableNames {
  STOCK_TABLE: string;
  RESERVATIONS_TABLE: string;
}

/**
 * Both of inventory's tables, as the receivers use them: reservations are written in transactions
 * with the stock they hold, so the reservations store needs the stock table's name too.
 *
 * @example
 * const { stock, reservations } = inventoryTables(loadSettings(['STOCK_TABLE', 'RESERVATIONS_TABLE']));
 */
export const inventoryTables = (
  names: TableNames,
  client?: DynamoDBDocumentClient,
): { stock: StockStore; reservations: ReservationStore } => ({
  stock: createStockTable({ tableName: names.STOCK_TABLE, client }),
  reservations: createReservationsTable({
    tableName: names.RESERVATIONS_TABLE,
    stockTableName: names.STOCK_TABLE,
    client,
  }),
});
