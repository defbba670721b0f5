import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDeclaredTable, LOCAL_CREDENTIALS, startEdge, type Edge } from '../../src/testing.js';

/** A resources file as services write them: serverless variables and CloudFormation tags around the table. */
const RESOURCES = `
Resources:
  OrdersTable:
    Type: AWS::DynamoDB::Table
    DeletionPolicy: \${param:tableDeletionPolicy}
    Properties:
      TableName: orders-\${sls:stage}-orders
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - { AttributeName: orderId, AttributeType: S }
        - { AttributeName: customerId, AttributeType: S }
      KeySchema:
        - { AttributeName: orderId, KeyType: HASH }
      GlobalSecondaryIndexes:
        - IndexName: byCustomer
          KeySchema:
            - { AttributeName: customerId, KeyType: HASH }
          Projection: { ProjectionType: ALL }
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt OrdersDeadLetters.Arn
`;

describe('createDeclaredTable', () => {
  let edge: Edge;
  let dynamo: DynamoDBClient;
  let folder: string;
  let resourcesFile: string;

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    folder = mkdtempSync(join(tmpdir(), 'declared-table-'));
    resourcesFile = join(folder, 'tables.yml');
    writeFileSync(resourcesFile, RESOURCES);
  }, 30_000);

  afterAll(async () => {
    dynamo?.destroy();
    await edge?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates the table under the given name with the keys and indexes the file declares', async () => {
    await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'OrdersTable', tableName: 'orders-under-test' });

    const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: 'orders-under-test' }));
    expect(Table?.KeySchema).toEqual([{ AttributeName: 'orderId', KeyType: 'HASH' }]);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.KeySchema])).toEqual([
      ['byCustomer', [{ AttributeName: 'customerId', KeyType: 'HASH' }]],
    ]);
  }, 15_000);

  it('names the file and the logical id when the file declares no such table', async () => {
    const missing = createDeclaredTable(dynamo, { resourcesFile, logicalId: 'OrdersQueue', tableName: 'nope' });

    await expect(missing).rejects.toThrow(`${resourcesFile} declares no AWS::DynamoDB::Table named OrdersQueue`);
  }, 15_000);
});
