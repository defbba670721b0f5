/**
 * DynamoDB request units from the operations the edge counted. The edge sees each operation's name
 * but not, for those dynalite serves, its table or item: each is estimated at the mean units of the
 * items in every table after the run (DynamoDB bills by item size, rounded up per KB written and per
 * 4 KB read), which weighs each stored item once rather than by how often it was written. Every
 * read in the services asks for ConsistentRead, so reads are strong.
 */
import type { MeteredRequests } from '@commerce/local-cloud/testing';
import { readUnitsOf, writeUnitsOf } from './pricing.js';

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);
const READS = new Set(['GetItem', 'Query', 'Scan']);

export interface DynamoDbUnits {
  readonly readUnits: number;
  readonly writeUnits: number;
  /** Operations whose item count the edge cannot see (BatchGetItem, BatchWriteItem): priced as one item each. */
  readonly uncertain: readonly string[];
}

const mean = (sizes: readonly number[], units: (bytes: number) => number): number =>
  sizes.length === 0 ? units(0) : sizes.reduce((sum, bytes) => sum + units(bytes), 0) / sizes.length;

export const dynamoDbUnits = (rows: readonly MeteredRequests[], itemSizes: readonly number[]): DynamoDbUnits => {
  const write = mean(itemSizes, (bytes) => writeUnitsOf(bytes));
  const read = mean(itemSizes, (bytes) => readUnitsOf(bytes, 'strong'));
  let readUnits = 0;
  let writeUnits = 0;
  const uncertain: string[] = [];
  for (const { service, action, requests, entries } of rows) {
    if (service !== 'dynamodb') continue;
    if (WRITES.has(action)) writeUnits += requests * write;
    else if (READS.has(action)) readUnits += requests * read;
    // Each item of a transaction costs two units (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-capacity-handling).
    else if (action === 'TransactWriteItems') writeUnits += entries * write * 2;
    else if (action === 'TransactGetItems') readUnits += entries * read * 2;
    else if (action === 'BatchWriteItem') {
      writeUnits += requests * write;
      uncertain.push(action);
    } else if (action === 'BatchGetItem') {
      readUnits += requests * read;
      uncertain.push(action);
    }
  }
  return { readUnits, writeUnits, uncertain };
};
