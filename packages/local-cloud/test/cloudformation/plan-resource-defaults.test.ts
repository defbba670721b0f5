import type { CloudFormationTemplate, TemplateResource } from '../../src/cloudformation/template-types.js';
import { plan } from './fixture.js';

const only = (resource: TemplateResource): CloudFormationTemplate => ({ Resources: { Declared: resource } });

describe('planStack defaults and the shapes CloudFormation accepts', () => {
  it('names an unnamed queue <stack>-<LogicalId>, with .fifo for a FIFO queue, and accepts numbers as strings', () => {
    const { queues } = plan(
      only({
        Type: 'AWS::SQS::Queue',
        Properties: { FifoQueue: 'true', DelaySeconds: '5', RedrivePolicy: '{"maxReceiveCount":3}' },
      }),
    );

    expect(queues[0]).toMatchObject({
      name: 'inventory-dev-Declared.fifo',
      attributes: { FifoQueue: 'true', DelaySeconds: '5', RedrivePolicy: '{"maxReceiveCount":3}' },
    });
  });

  it('takes a filter policy written as a string, and a subscription declared inline on its topic', () => {
    const { subscriptions } = plan(
      only({
        Type: 'AWS::SNS::Topic',
        Properties: { Subscription: [{ Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }] },
      }),
    );
    const standalone = plan(
      only({
        Type: 'AWS::SNS::Subscription',
        Properties: {
          TopicArn: 't',
          Protocol: 'sqs',
          Endpoint: 'e',
          FilterPolicy: '{"kind":["a"]}',
          RawMessageDelivery: 'true',
        },
      }),
    ).subscriptions;

    expect(subscriptions).toEqual([
      {
        logicalId: 'Declared.Subscription[0]',
        topicArn: 'arn:aws:sns:us-east-1:000000000000:inventory-dev-Declared',
        protocol: 'sqs',
        endpoint: 'arn:aws:sqs:us-east-1:000000000000:q',
        attributes: {},
      },
    ]);
    expect(standalone[0]?.attributes).toEqual({ FilterPolicy: '{"kind":["a"]}', RawMessageDelivery: 'true' });
  });

  it('reads a rule on a bus given by ARN, with a pattern as a string, on the default bus when none is given', () => {
    const onArn = plan(
      only({
        Type: 'AWS::Events::Rule',
        Properties: {
          EventBusName: 'arn:aws:events:us-east-1:000000000000:event-bus/commerce',
          EventPattern: '{"source":["x"]}',
          State: 'DISABLED',
          Targets: [{ Id: 't', Arn: 'arn:aws:sqs:us-east-1:000000000000:q', Input: '{"fixed":true}' }],
        },
      }),
    ).rules[0];
    const onDefault = plan(only({ Type: 'AWS::Events::Rule', Properties: { ScheduleExpression: 'rate(1 minute)' } }))
      .rules[0];

    expect(onArn).toMatchObject({
      name: 'inventory-dev-Declared',
      eventBusName: 'commerce',
      eventPattern: '{"source":["x"]}',
      state: 'DISABLED',
      targets: [{ id: 't', arn: 'arn:aws:sqs:us-east-1:000000000000:q', input: '{"fixed":true}' }],
    });
    expect(onDefault).toMatchObject({
      eventBusName: 'default',
      arn: 'arn:aws:events:us-east-1:000000000000:rule/inventory-dev-Declared',
      scheduleExpression: 'rate(1 minute)',
      state: 'ENABLED',
      targets: [],
    });
  });

  it("applies Lambda's mapping defaults and reads a function named by qualified ARN", () => {
    const [mapping] = plan(
      only({
        Type: 'AWS::Lambda::EventSourceMapping',
        Properties: {
          EventSourceArn: 'arn:aws:sqs:us-east-1:000000000000:orders-dev-queue',
          FunctionName: 'arn:aws:lambda:us-east-1:000000000000:function:orders-dev-receiver:live',
        },
      }),
    ).eventSourceMappings;

    expect(mapping).toEqual({
      logicalId: 'Declared',
      queueArn: 'arn:aws:sqs:us-east-1:000000000000:orders-dev-queue',
      queueUrl: 'http://127.0.0.1:4566/000000000000/orders-dev-queue',
      functionName: 'orders-dev-receiver',
      batchSize: 10,
      maximumBatchingWindowInSeconds: 0,
      reportBatchItemFailures: false,
      enabled: true,
    });
  });

  it('plans a provisioned table with a local index and a stream', () => {
    const [table] = plan(
      only({
        Type: 'AWS::DynamoDB::Table',
        Properties: {
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
            { AttributeName: 'at', AttributeType: 'N' },
          ],
          ProvisionedThroughput: { ReadCapacityUnits: '5', WriteCapacityUnits: 5 },
          LocalSecondaryIndexes: [
            {
              IndexName: 'byTime',
              KeySchema: [
                { AttributeName: 'pk', KeyType: 'HASH' },
                { AttributeName: 'at', KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['status'] },
            },
          ],
          StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
        },
      }),
    ).tables;

    expect(table?.definition).toMatchObject({
      TableName: 'inventory-dev-Declared',
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      LocalSecondaryIndexes: [
        { IndexName: 'byTime', Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['status'] } },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    });
    expect(table?.timeToLive).toBeUndefined();
  });

  it('reports types and event sources it cannot create as unsupported, never dropping them', () => {
    const { unsupported } = plan({
      Resources: {
        Uploads: { Type: 'AWS::S3::Bucket' },
        Machine: { Type: 'AWS::StepFunctions::StateMachine' },
        StreamMapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: { EventSourceArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/clicks', FunctionName: 'f' },
        },
        FilteredMapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            EventSourceArn: 'arn:aws:sqs:us-east-1:000000000000:orders',
            FunctionName: 'f',
            FilterCriteria: { Filters: [{ Pattern: '{"body":{"kind":["big"]}}' }] },
          },
        },
      },
    });

    expect(unsupported).toEqual([
      { logicalId: 'Uploads', type: 'AWS::S3::Bucket', reason: 'the local cloud cannot create this type' },
      {
        logicalId: 'Machine',
        type: 'AWS::StepFunctions::StateMachine',
        reason: 'the local cloud cannot create this type',
      },
      {
        logicalId: 'StreamMapping',
        type: 'AWS::Lambda::EventSourceMapping',
        reason: 'only SQS event sources run locally, not arn:aws:kinesis:us-east-1:000000000000:stream/clicks',
      },
      {
        logicalId: 'FilteredMapping',
        type: 'AWS::Lambda::EventSourceMapping',
        reason: 'event filtering (FilterCriteria) does not run locally',
      },
    ]);
  });

  it('fails naming the resource and property when a value has the wrong shape', () => {
    const wrong = only({
      Type: 'AWS::DynamoDB::Table',
      Properties: { KeySchema: [{ AttributeName: 'pk', KeyType: 'PRIMARY' }] },
    });

    expect(() => plan(wrong)).toThrow(
      'Stack "inventory-dev": Declared (AWS::DynamoDB::Table) KeySchema[0] KeyType must be one of HASH, RANGE, got "PRIMARY"',
    );
  });

  it('refuses a parameter with no Default, since sls deploy passes no parameter values', () => {
    const template: CloudFormationTemplate = { Parameters: { Stage: { Type: 'String' } }, Resources: {} };

    expect(() => plan(template)).toThrow(
      'Stack "inventory-dev": parameter Stage has no Default, and no value is passed locally',
    );
  });

  it('refuses two outputs exporting the same name, as CloudFormation does', () => {
    const template: CloudFormationTemplate = {
      Resources: {},
      Outputs: {
        First: { Value: 'a', Export: { Name: 'shared' } },
        Second: { Value: 'b', Export: { Name: 'shared' } },
      },
    };

    expect(() => plan(template)).toThrow('Stack "inventory-dev": export shared is declared twice');
  });
});
