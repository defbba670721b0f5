import { readFileSync } from 'node:fs';
import { CreateTableCommand, type CreateTableCommandInput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { parse } from 'yaml';

export interface DeclaredTable {
  /** A service's CloudFormation resources file, such as `services/payments/resources/tables.yml`. */
  resourcesFile: string;
  /** The table's logical id in that file (`PaymentsTable`). */
  logicalId: string;
  /** The name to create it under: each test picks its own. */
  tableName: string;
}

/** The parts of a table's declaration that decide what its items and queries may be. */
const SHAPE = ['BillingMode', 'AttributeDefinitions', 'KeySchema', 'GlobalSecondaryIndexes', 'LocalSecondaryIndexes'];

/**
 * Creates a table on the local cloud as a service's resources file declares it (billing mode,
 * attributes, keys, indexes), so a test that uses one table without the whole system cannot drift
 * from what is deployed. Serverless variables and CloudFormation tags elsewhere in the file are
 * left unread: a table's key schema never needs them.
 *
 * @example
 * await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'PaymentsTable', tableName: 'payments-test' });
 */
export const createDeclaredTable = async (dynamo: DynamoDBClient, table: DeclaredTable): Promise<void> => {
  const { resourcesFile, logicalId, tableName } = table;
  // logLevel 'error': `!Ref` and friends are unknown tags to a plain YAML reader, which only warns.
  const declared = parse(readFileSync(resourcesFile, 'utf8'), { logLevel: 'error' }) as {
    Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> }>;
  };
  const resource = declared.Resources?.[logicalId];
  if (resource?.Type !== 'AWS::DynamoDB::Table' || !resource.Properties) {
    throw new Error(`${resourcesFile} declares no AWS::DynamoDB::Table named ${logicalId}`);
  }
  const { Properties } = resource;
  const shape = Object.fromEntries(SHAPE.filter((key) => key in Properties).map((key) => [key, Properties[key]]));
  await dynamo.send(new CreateTableCommand({ ...shape, TableName: tableName } as CreateTableCommandInput));
};
