import { validationError } from './dynamodb-errors.js';
import type { DynaliteCall } from './embedded-dynalite.js';
import { canonicalJson, type Item } from './wire-types.js';

export interface KeySchemaElement {
  readonly AttributeName: string;
  readonly KeyType: 'HASH' | 'RANGE';
}

/** The part of DescribeTable's answer the engines use. */
export interface TableDescription {
  readonly TableName: string;
  readonly KeySchema: readonly KeySchemaElement[];
  /** Unique per table created, so a table recreated under the same name is told apart. */
  readonly TableId: string;
}

/** DescribeTable through dynalite; a missing table is its ResourceNotFoundException. */
export const describeTable = async (call: DynaliteCall, tableName: string): Promise<TableDescription> =>
  (await call<{ Table: TableDescription }>('DescribeTable', { TableName: tableName })).Table;

/** A DescribeTable per table name at most, for the span of one transaction. */
export const tableLookup = (call: DynaliteCall): ((tableName: string) => Promise<TableDescription>) => {
  const tables = new Map<string, Promise<TableDescription>>();
  return (tableName) => {
    const table = tables.get(tableName) ?? describeTable(call, tableName);
    tables.set(tableName, table);
    return table;
  };
};

/** The primary key of a whole item, as PutItem would read it; AWS's message when a part is missing. */
export const keyOf = (item: Item, keySchema: readonly KeySchemaElement[]): Item =>
  Object.fromEntries(
    keySchema.map(({ AttributeName }) => {
      const value = item[AttributeName];
      if (value === undefined) {
        throw validationError(
          `One or more parameter values were invalid: Missing the key ${AttributeName} in the item`,
        );
      }
      return [AttributeName, value];
    }),
  );

/** One string per item, so two actions on the same item can be told apart from two on different items. */
export const itemIdentity = (tableName: string, key: Item): string => `${tableName}\n${canonicalJson(key)}`;
