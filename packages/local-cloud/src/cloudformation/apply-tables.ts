import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { isAwsError } from './aws-errors.js';
import type { TablePlan, TimeToLivePlan } from './stack-plan.js';

/**
 * Enables time to live unless it already is on the same attribute: UpdateTimeToLive refuses to
 * enable what is enabled ("TimeToLive is already enabled").
 * See https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html
 */
const enableTimeToLive = async (dynamodb: DynamoDBClient, TableName: string, { attributeName }: TimeToLivePlan) => {
  const { TimeToLiveDescription } = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName }));
  const status = TimeToLiveDescription?.TimeToLiveStatus;
  if ((status === 'ENABLED' || status === 'ENABLING') && TimeToLiveDescription?.AttributeName === attributeName) return;
  await dynamodb.send(
    new UpdateTimeToLiveCommand({
      TableName,
      TimeToLiveSpecification: { AttributeName: attributeName, Enabled: true },
    }),
  );
};

const createTable = async (dynamodb: DynamoDBClient, { definition, timeToLive }: TablePlan): Promise<void> => {
  const { TableName } = definition;
  try {
    await dynamodb.send(new CreateTableCommand(definition));
  } catch (error) {
    // The table survives a service restart with its items. A changed key schema would make
    // CloudFormation replace the table; locally the existing one and its data are kept.
    if (!isAwsError(error, 'ResourceInUseException')) throw error;
  }
  // The first check is immediate; the local engine activates a table at once.
  await waitUntilTableExists({ client: dynamodb, maxWaitTime: 30, minDelay: 1, maxDelay: 1 }, { TableName });
  if (timeToLive?.enabled) await enableTimeToLive(dynamodb, TableName, timeToLive);
};

/** @internal */
export const createTables = async (dynamodb: DynamoDBClient, tables: readonly TablePlan[]): Promise<void> => {
  for (const table of tables) await createTable(dynamodb, table);
};
