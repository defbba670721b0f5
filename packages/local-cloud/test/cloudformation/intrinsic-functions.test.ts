import { StackTemplateError } from '../../src/cloudformation/stack-errors.js';
import type { CloudFormationTemplate, JsonValue } from '../../src/cloudformation/template-types.js';
import { plan } from './fixture.js';

/** A small stack with one resource of each planned type, the values intrinsics look up. */
const stack = (outputs: Record<string, JsonValue>): CloudFormationTemplate => ({
  Parameters: {
    Stage: { Type: 'String', Default: 'dev' },
    Retention: { Type: 'Number', Default: 1209600 },
    Owners: { Type: 'CommaDelimitedList', Default: 'orders,payments' },
    OrdersTopicArn: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/commerce/dev/orders/events-topic-arn' },
  },
  Mappings: { Stages: { dev: { LogLevel: 'debug' } } },
  Conditions: {
    IsDev: { 'Fn::Equals': [{ Ref: 'Stage' }, 'dev'] },
    IsProd: { 'Fn::Not': [{ Condition: 'IsDev' }] },
    DevAndOrders: {
      'Fn::And': [{ Condition: 'IsDev' }, { 'Fn::Equals': [{ 'Fn::Select': [0, { Ref: 'Owners' }] }, 'orders'] }],
    },
    ProdOrOrders: { 'Fn::Or': [{ Condition: 'IsProd' }, { Condition: 'DevAndOrders' }] },
  },
  Resources: {
    Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::Sub': 'inventory-${Stage}-reserve' } } },
    Topic: { Type: 'AWS::SNS::Topic' },
    Table: {
      Type: 'AWS::DynamoDB::Table',
      Properties: { TableName: 'stock', KeySchema: [], AttributeDefinitions: [] },
    },
    Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'commerce-dev' } },
    Rule: { Type: 'AWS::Events::Rule', Properties: { Name: 'paid', EventBusName: { Ref: 'Bus' } } },
    ReceiverLambdaFunction: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: 'inventory-dev-receiver' } },
    Parameter: { Type: 'AWS::SSM::Parameter', Properties: { Name: '/inventory/level', Value: 'debug' } },
    ProdOnlyQueue: { Type: 'AWS::SQS::Queue', Condition: 'IsProd' },
    Role: { Type: 'AWS::IAM::Role' },
  },
  Outputs: Object.fromEntries(Object.entries(outputs).map(([name, Value]) => [name, { Value }])),
});

const evaluate = (expression: JsonValue): string | undefined =>
  plan(stack({ Result: expression })).outputs['Result']?.value;

const ACCOUNT = 'us-east-1:000000000000';

describe('intrinsic functions in a packaged template', () => {
  it.each<[string, JsonValue, string]>([
    ['Ref of a queue is its URL', { Ref: 'Queue' }, 'http://127.0.0.1:4566/000000000000/inventory-dev-reserve'],
    [
      'Ref of a topic is its ARN, named <stack>-<LogicalId> when unnamed',
      { Ref: 'Topic' },
      `arn:aws:sns:${ACCOUNT}:inventory-dev-Topic`,
    ],
    ['Ref of a table is its name', { Ref: 'Table' }, 'stock'],
    ['Ref of a function is its name', { Ref: 'ReceiverLambdaFunction' }, 'inventory-dev-receiver'],
    ['Ref of a bus is its name', { Ref: 'Bus' }, 'commerce-dev'],
    ['Ref of a rule is its name', { Ref: 'Rule' }, 'paid'],
    ['Ref of an SSM parameter is its name', { Ref: 'Parameter' }, '/inventory/level'],
    ['Ref of a parameter is its Default', { Ref: 'Stage' }, 'dev'],
    [
      'Ref of an SSM-typed parameter reads the SSM store',
      { Ref: 'OrdersTopicArn' },
      `arn:aws:sns:${ACCOUNT}:orders-dev-events`,
    ],
    ['Ref of AWS::Region', { Ref: 'AWS::Region' }, 'us-east-1'],
    ['Ref of AWS::AccountId', { Ref: 'AWS::AccountId' }, '000000000000'],
    ['Ref of AWS::Partition', { Ref: 'AWS::Partition' }, 'aws'],
    ['Ref of AWS::StackName', { Ref: 'AWS::StackName' }, 'inventory-dev'],
    ['Ref of AWS::URLSuffix', { Ref: 'AWS::URLSuffix' }, 'amazonaws.com'],
    ['GetAtt Arn of a queue', { 'Fn::GetAtt': ['Queue', 'Arn'] }, `arn:aws:sqs:${ACCOUNT}:inventory-dev-reserve`],
    ['GetAtt QueueName of a queue', { 'Fn::GetAtt': ['Queue', 'QueueName'] }, 'inventory-dev-reserve'],
    [
      'GetAtt QueueUrl of a queue',
      { 'Fn::GetAtt': ['Queue', 'QueueUrl'] },
      'http://127.0.0.1:4566/000000000000/inventory-dev-reserve',
    ],
    [
      'GetAtt TopicArn of a topic',
      { 'Fn::GetAtt': ['Topic', 'TopicArn'] },
      `arn:aws:sns:${ACCOUNT}:inventory-dev-Topic`,
    ],
    ['GetAtt TopicName of a topic', { 'Fn::GetAtt': ['Topic', 'TopicName'] }, 'inventory-dev-Topic'],
    ['GetAtt Arn of a table', { 'Fn::GetAtt': ['Table', 'Arn'] }, `arn:aws:dynamodb:${ACCOUNT}:table/stock`],
    ['GetAtt Arn of a bus', { 'Fn::GetAtt': ['Bus', 'Arn'] }, `arn:aws:events:${ACCOUNT}:event-bus/commerce-dev`],
    ['GetAtt Name of a bus', { 'Fn::GetAtt': ['Bus', 'Name'] }, 'commerce-dev'],
    [
      'GetAtt Arn of a rule on a custom bus',
      { 'Fn::GetAtt': ['Rule', 'Arn'] },
      `arn:aws:events:${ACCOUNT}:rule/commerce-dev/paid`,
    ],
    [
      'GetAtt Arn of a function',
      { 'Fn::GetAtt': 'ReceiverLambdaFunction.Arn' },
      `arn:aws:lambda:${ACCOUNT}:function:inventory-dev-receiver`,
    ],
    [
      'Sub with pseudo parameters, refs and attributes',
      { 'Fn::Sub': '${AWS::Region}/${Table}/${Queue.QueueName}' },
      'us-east-1/stock/inventory-dev-reserve',
    ],
    [
      'Sub with its own variables, which win',
      { 'Fn::Sub': ['${Stage}-${Name}', { Name: { Ref: 'Table' }, Stage: 'qa' }] },
      'qa-stock',
    ],
    ['Sub keeps ${!Literal} as ${Literal}', { 'Fn::Sub': '${!Stage} is ${Stage}' }, '${Stage} is dev'],
    ['Join', { 'Fn::Join': [':', ['a', { Ref: 'Stage' }, 'b']] }, 'a:dev:b'],
    ['Join of a list parameter', { 'Fn::Join': ['+', { Ref: 'Owners' }] }, 'orders+payments'],
    ['Select of a Split', { 'Fn::Select': ['1', { 'Fn::Split': ['/', '/commerce/dev/orders'] }] }, 'commerce'],
    ['If on a true condition', { 'Fn::If': ['IsDev', 'debug', 'info'] }, 'debug'],
    ['If on a Not condition', { 'Fn::If': ['IsProd', 'info', 'debug'] }, 'debug'],
    ['If on an And condition', { 'Fn::If': ['DevAndOrders', 'yes', 'no'] }, 'yes'],
    ['If on an Or condition', { 'Fn::If': ['ProdOrOrders', 'yes', 'no'] }, 'yes'],
    [
      'ImportValue of an earlier stack export',
      { 'Fn::ImportValue': { 'Fn::Sub': 'platform-${Stage}-EventBusName' } },
      'platform-dev-bus',
    ],
    [
      'a dynamic SSM reference',
      'topic={{resolve:ssm:/commerce/dev/orders/events-topic-arn}}',
      `topic=arn:aws:sns:${ACCOUNT}:orders-dev-events`,
    ],
    [
      'a versioned dynamic SSM reference',
      '{{resolve:ssm:/commerce/dev/orders/events-topic-arn:3}}',
      `arn:aws:sns:${ACCOUNT}:orders-dev-events`,
    ],
    ['FindInMap', { 'Fn::FindInMap': ['Stages', { Ref: 'Stage' }, 'LogLevel'] }, 'debug'],
  ])('%s', (_case, expression, expected) => {
    expect(evaluate(expression)).toBe(expected);
  });

  it('removes a property whose value is AWS::NoValue', () => {
    const template = stack({});
    const withOptionalDelay: CloudFormationTemplate = {
      ...template,
      Resources: {
        ...template.Resources,
        Queue: {
          Type: 'AWS::SQS::Queue',
          Properties: {
            QueueName: 'q',
            DelaySeconds: { 'Fn::If': ['IsProd', 5, { Ref: 'AWS::NoValue' }] },
            VisibilityTimeout: 7,
          },
        },
      },
    };

    expect(plan(withOptionalDelay).queues[0]?.attributes).toEqual({ VisibilityTimeout: '7' });
  });

  it('does not create a resource whose condition is false, and refuses a Ref to it', () => {
    const planned = plan(stack({}));

    expect(planned.queues.map((queue) => queue.logicalId)).toEqual(['Queue']);
    expect(planned.ignored).toContainEqual({
      logicalId: 'ProdOnlyQueue',
      type: 'AWS::SQS::Queue',
      reason: 'its condition IsProd is false',
    });
    expect(() => evaluate({ Ref: 'ProdOnlyQueue' })).toThrow(
      'Ref to ProdOnlyQueue, which is not created: its condition IsProd is false',
    );
  });

  it.each<[string, JsonValue, string]>([
    ['a Ref to an unknown name', { Ref: 'Nowhere' }, 'no resource named Nowhere'],
    ['a Select out of range', { 'Fn::Select': [2, ['a', 'b']] }, 'Fn::Select expects an index within 2 values, got 2'],
    ['a malformed Join', { 'Fn::Join': ['-'] }, 'Fn::Join expects a list of 2, got ["-"]'],
    ['an intrinsic with no local meaning', { 'Fn::GetAZs': '' }, 'Fn::GetAZs is not supported locally'],
    [
      'a Secrets Manager reference',
      '{{resolve:secretsmanager:db:SecretString:password}}',
      '{{resolve:secretsmanager:db:SecretString:password}}: only {{resolve:ssm:…}} is supported locally',
    ],
    ['a condition that is not one', { 'Fn::If': ['Broken', 'a', 'b'] }, 'no condition named Broken'],
  ])('fails on %s, naming the stack', (_case, expression, message) => {
    expect(() => evaluate(expression)).toThrow(StackTemplateError);
    expect(() => evaluate(expression)).toThrow(`Stack "inventory-dev": ${message}`);
  });

  it('omits an output that needs a resource with no local counterpart instead of inventing a value', () => {
    const planned = plan(stack({ RoleArn: { 'Fn::GetAtt': ['Role', 'Arn'] }, Bus: { Ref: 'Bus' } }));

    expect(planned.outputs).toEqual({ Bus: { value: 'commerce-dev' } });
    expect(planned.omittedOutputs).toEqual([
      { name: 'RoleArn', reason: expect.stringContaining('Role (AWS::IAM::Role), which has no local counterpart') },
    ]);
    expect(evaluate({ 'Fn::GetAtt': ['Table', 'StreamArn'] })).toBeUndefined();
  });

  it('fails when a planned resource needs a value with no local counterpart', () => {
    const template = stack({});
    const streamSubscriber: CloudFormationTemplate = {
      ...template,
      Resources: {
        ...template.Resources,
        Subscription: {
          Type: 'AWS::SNS::Subscription',
          Properties: {
            TopicArn: { Ref: 'Topic' },
            Protocol: 'sqs',
            Endpoint: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
          },
        },
      },
    };

    expect(() => plan(streamSubscriber)).toThrow(
      'Stack "inventory-dev": Fn::GetAtt Table.StreamArn is not supported locally',
    );
  });

  it('refuses a resource whose name depends on itself', () => {
    const template = stack({});
    const cyclic: CloudFormationTemplate = {
      ...template,
      Resources: {
        ...template.Resources,
        Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::GetAtt': ['Queue', 'Arn'] } } },
      },
    };

    expect(() => plan(cyclic)).toThrow('the name of Queue depends on itself');
  });
});
