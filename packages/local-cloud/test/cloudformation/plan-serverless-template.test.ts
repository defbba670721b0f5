import { MissingStackInputError } from '../../src/cloudformation/stack-errors.js';
import { inventoryTemplate, plan, upstream } from './fixture.js';

const DLQ_ARN = 'arn:aws:sqs:us-east-1:000000000000:inventory-dev-reserve-dlq';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:inventory-dev-reserve';

describe('planStack on a serverless v3 package of a service', () => {
  const planned = plan(inventoryTemplate);

  it('plans the queue with its dead-letter queue, the redrive policy resolved to the DLQ ARN', () => {
    expect(planned.queues).toEqual([
      {
        logicalId: 'ReserveQueue',
        name: 'inventory-dev-reserve',
        url: 'http://127.0.0.1:4566/000000000000/inventory-dev-reserve',
        arn: QUEUE_ARN,
        attributes: {
          VisibilityTimeout: '36',
          MessageRetentionPeriod: '1209600',
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: DLQ_ARN, maxReceiveCount: 5 }),
        },
      },
      {
        logicalId: 'ReserveDeadLetterQueue',
        name: 'inventory-dev-reserve-dlq',
        url: 'http://127.0.0.1:4566/000000000000/inventory-dev-reserve-dlq',
        arn: DLQ_ARN,
        attributes: { MessageRetentionPeriod: '1209600' },
      },
    ]);
  });

  it('plans the receiver mapping by function name, with its batching and partial batch failures', () => {
    expect(planned.eventSourceMappings).toEqual([
      {
        logicalId: 'ReceiverEventSourceMappingSQSReserveQueue',
        queueArn: QUEUE_ARN,
        queueUrl: 'http://127.0.0.1:4566/000000000000/inventory-dev-reserve',
        functionName: 'inventory-dev-receiver',
        batchSize: 10,
        maximumBatchingWindowInSeconds: 1,
        reportBatchItemFailures: true,
        enabled: true,
      },
    ]);
    expect(planned.functions.map((fn) => [fn.name, fn.arn])).toEqual([
      ['inventory-dev-router', 'arn:aws:lambda:us-east-1:000000000000:function:inventory-dev-router'],
      ['inventory-dev-receiver', 'arn:aws:lambda:us-east-1:000000000000:function:inventory-dev-receiver'],
    ]);
  });

  it("resolves each function's environment as CloudFormation would, for sls offline", () => {
    expect(planned.functions[0]?.environment).toEqual({
      TABLE_NAME: 'inventory-dev-stock',
      EVENTS_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:inventory-dev-events',
    });
  });

  it('subscribes the queue to the topic read from SSM, with its filter policy as JSON', () => {
    expect(planned.subscriptions).toEqual([
      {
        logicalId: 'OrderPlacedSubscription',
        topicArn: upstream.parameters['/commerce/dev/orders/events-topic-arn'],
        protocol: 'sqs',
        endpoint: QUEUE_ARN,
        attributes: {
          FilterPolicy: '{"type":["OrderPlaced"],"version":[{"prefix":"1."}]}',
          FilterPolicyScope: 'MessageAttributes',
          RawMessageDelivery: 'false',
        },
      },
    ]);
  });

  it('puts the rule on the imported bus, targeting the queue with its InputPath', () => {
    expect(planned.rules).toEqual([
      {
        logicalId: 'OrderCancelledRule',
        name: 'inventory-dev-order-cancelled',
        eventBusName: 'platform-dev-bus',
        arn: 'arn:aws:events:us-east-1:000000000000:rule/platform-dev-bus/inventory-dev-order-cancelled',
        eventPattern: '{"source":["commerce.orders"],"detail-type":["OrderCancelled"]}',
        state: 'ENABLED',
        targets: [{ id: 'release', arn: QUEUE_ARN, inputPath: '$.detail' }],
      },
    ]);
  });

  it('plans the table with its sort key, global secondary index and time to live', () => {
    expect(planned.tables).toEqual([
      {
        logicalId: 'StockTable',
        definition: {
          TableName: 'inventory-dev-stock',
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
            { AttributeName: 'orderId', AttributeType: 'S' },
          ],
          BillingMode: 'PAY_PER_REQUEST',
          GlobalSecondaryIndexes: [
            {
              IndexName: 'byOrder',
              KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
              Projection: { ProjectionType: 'ALL' },
            },
          ],
        },
        timeToLive: { attributeName: 'expiresAt', enabled: true },
      },
    ]);
  });

  it('declares its topic, and the SSM parameter and export later stacks read it from', () => {
    const topicArn = 'arn:aws:sns:us-east-1:000000000000:inventory-dev-events';

    expect(planned.topics).toEqual([
      { logicalId: 'InventoryEventsTopic', name: 'inventory-dev-events', arn: topicArn, attributes: {} },
    ]);
    expect(planned.ssmParameters).toEqual({ '/commerce/dev/inventory/events-topic-arn': topicArn });
    expect(planned.exports).toEqual({ 'inventory-dev-EventsTopicArn': topicArn });
  });

  it('omits the outputs of resources with no local counterpart, saying why', () => {
    expect(planned.omittedOutputs.map((output) => output.name)).toEqual([
      'ServerlessDeploymentBucketName',
      'RouterLambdaFunctionQualifiedArn',
      'ReceiverLambdaFunctionQualifiedArn',
      'HttpApiId',
      'HttpApiUrl',
    ]);
    expect(planned.omittedOutputs[4]?.reason).toBe(
      'Stack "inventory-dev": Ref to HttpApi (AWS::ApiGatewayV2::Api), which has no local counterpart',
    );
  });

  it('lists IAM, logs, alarms, the HTTP API, Lambda plumbing and the deployment bucket as ignored, and nothing as unsupported', () => {
    expect(planned.ignored.map((resource) => resource.type).sort()).toEqual(
      [
        'AWS::ApiGatewayV2::Api',
        'AWS::ApiGatewayV2::Integration',
        'AWS::ApiGatewayV2::Route',
        'AWS::ApiGatewayV2::Stage',
        'AWS::CloudWatch::Alarm',
        'AWS::IAM::Role',
        'AWS::IAM::Role',
        'AWS::Lambda::Permission',
        'AWS::Lambda::Version',
        'AWS::Lambda::Version',
        'AWS::Logs::LogGroup',
        'AWS::Logs::LogGroup',
        'AWS::S3::Bucket',
        'AWS::S3::BucketPolicy',
        'AWS::SQS::QueuePolicy',
      ].sort(),
    );
    expect(planned.unsupported).toEqual([]);
  });

  it('fails naming the stack and the import when the stack that exports the bus is not loaded yet', () => {
    const planWithoutPlatform = () => plan(inventoryTemplate, { exports: {} });

    expect(planWithoutPlatform).toThrow(MissingStackInputError);
    expect(planWithoutPlatform).toThrow(
      'Stack "inventory-dev": imports "platform-dev-EventBusName" (Fn::ImportValue), which no stack loaded so far exports: deploy/load the stack that exports it first',
    );
  });

  it('fails naming the stack and the SSM parameter when no earlier stack declared it', () => {
    expect(() => plan(inventoryTemplate, { parameters: {} })).toThrow(
      'Stack "inventory-dev": reads SSM parameter "/commerce/dev/orders/events-topic-arn", which no stack loaded so far declares: deploy/load the stack that declares it first',
    );
  });
});
