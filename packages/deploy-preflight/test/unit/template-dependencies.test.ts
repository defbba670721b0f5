import { templateDependencies, type TemplateValue } from '../../src/template-dependencies.js';

/** The places osls and our resources put references, in the shapes a compiled template has them. */
const template: TemplateValue = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    RouterLambdaFunction: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        MemorySize: 256,
        Environment: {
          Variables: {
            EVENTS_TOPIC_ARN: '{{resolve:ssm:/commerce/dev/orders/events-topic-arn}}',
            EVENT_BUS_NAME: '{{resolve:ssm:/commerce/dev/platform/event-bus-name}}',
            ORDERS_TABLE: { Ref: 'OrdersTable' },
          },
        },
      },
    },
    InventoryOutcomeDeadLetterAlarm: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmActions: ['{{resolve:ssm:/commerce/dev/platform/alerts-topic-arn}}'],
        OKActions: ['{{resolve:ssm:/commerce/dev/platform/alerts-topic-arn}}'],
      },
    },
    HttpApiAuthorizerCustomerJwt: {
      Type: 'AWS::ApiGatewayV2::Authorizer',
      Properties: {
        JwtConfiguration: {
          Audience: ['{{resolve:ssm:/commerce/dev/auth/jwt-audience:3}}'],
          Issuer: { 'Fn::Join': ['', ['{{resolve:ssm:/commerce/dev/auth/jwt-issuer}}', '']] },
        },
      },
    },
    Partner: {
      Type: 'AWS::SNS::Subscription',
      Properties: {
        TopicArn: { 'Fn::ImportValue': 'partner-dev-topic-arn' },
        Endpoint: { 'Fn::ImportValue': { 'Fn::Sub': '${AWS::StackName}-queue' } },
        Protocol: 'sqs',
      },
    },
  },
  Outputs: {
    Key: { Value: 'prefix-{{resolve:ssm-secure:/commerce/dev/payments/provider-api-key}}-and-{{resolve:ssm:/b}}' },
  },
};

describe('the dependencies of a compiled template', () => {
  it('are every SSM parameter a dynamic reference names, wherever it is, once each and sorted', () => {
    const { ssmParameters } = templateDependencies(template);

    expect(ssmParameters).toEqual([
      '/b',
      '/commerce/dev/auth/jwt-audience',
      '/commerce/dev/auth/jwt-issuer',
      '/commerce/dev/orders/events-topic-arn',
      '/commerce/dev/payments/provider-api-key',
      '/commerce/dev/platform/alerts-topic-arn',
      '/commerce/dev/platform/event-bus-name',
    ]);
  });

  it('name a shared parameter by its whole ARN, which GetParameters accepts', () => {
    const arn = 'arn:aws:ssm:us-east-1:123456789012:parameter/shared/issuer';

    expect(templateDependencies({ Issuer: `{{resolve:ssm:${arn}}}` }).ssmParameters).toEqual([arn]);
  });

  it('include the exports imported by a literal name, and leave out names only CloudFormation can compute', () => {
    expect(templateDependencies(template).imports).toEqual(['partner-dev-topic-arn']);
  });

  it('are empty for a template that reads nothing from elsewhere', () => {
    expect(templateDependencies({ Resources: { Table: { Type: 'AWS::DynamoDB::Table' } } })).toEqual({
      ssmParameters: [],
      imports: [],
    });
  });
});
