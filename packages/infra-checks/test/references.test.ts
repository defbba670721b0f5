import { crossServiceReferences } from '../src/policy/cross-service-references.js';
import { stageScopedNames } from '../src/policy/stage-scoped-names.js';
import type { Stack, Template } from '../src/index.js';
import { ordersStack, propertiesOf, seeded, ssm } from './helpers/stacks.js';

const environmentOf = (resources: Parameters<Parameters<typeof seeded>[1]>[0], fn: string) =>
  (propertiesOf(resources, fn)['Environment'] as { Variables: Record<string, unknown> }).Variables;

describe('cross-service-references', () => {
  it("finds a read of another service's own parameter", () => {
    const peeking = seeded(ordersStack(), (resources) => {
      environmentOf(resources, 'RouterLambdaFunction')['PROVIDER_KEY'] = ssm('/commerce/dev/payments/provider-api-key');
    });

    expect(crossServiceReferences.run(peeking)).toEqual([
      {
        resource: 'RouterLambdaFunction',
        message:
          'reads SSM parameter /commerce/dev/payments/provider-api-key, which is neither its own (/commerce/dev/orders/…) nor a shared one',
      },
    ]);
  });

  it("finds another stage's parameter: a prod stack reading dev's bus", () => {
    const crossStage = seeded(ordersStack('prod'), (resources) => {
      environmentOf(resources, 'PaymentOutcomeLambdaFunction')['EVENT_BUS_NAME'] = ssm(
        '/commerce/dev/platform/event-bus-name',
      );
    });

    expect(crossServiceReferences.run(crossStage)).toEqual([
      {
        resource: 'PaymentOutcomeLambdaFunction',
        message: expect.stringContaining('/commerce/dev/platform/event-bus-name'),
      },
    ]);
  });

  it("finds another service's physical name, a written-out account, and a written-out region", () => {
    const hardCoded = seeded(ordersStack(), (resources) => {
      const environment = environmentOf(resources, 'RouterLambdaFunction');
      environment['STOCK_TABLE'] = 'inventory-dev-stock';
      environment['TOPIC'] = 'arn:aws:sns:eu-west-1:123456789012:orders-dev-events';
      environment['REGION'] = 'eu-west-1';
    });

    expect(crossServiceReferences.run(hardCoded)).toEqual([
      {
        resource: 'RouterLambdaFunction',
        message: expect.stringContaining("names inventory's resources (inventory-dev-stock)"),
      },
      {
        resource: 'RouterLambdaFunction',
        message: expect.stringContaining('writes a region or account out (arn:aws:sns:eu-west-1:123456789012'),
      },
      {
        resource: 'RouterLambdaFunction',
        message: expect.stringContaining('writes a region or account out (eu-west-1)'),
      },
    ]);
  });

  it('finds an import that is not a shared export, and a parameter written under another service', () => {
    const imports = seeded(ordersStack(), (resources) => {
      environmentOf(resources, 'RouterLambdaFunction')['STOCK'] = { 'Fn::ImportValue': 'inventory-dev-stock-table' };
      resources['StolenParameter'] = {
        Type: 'AWS::SSM::Parameter',
        Properties: { Name: '/commerce/dev/platform/event-bus-name', Type: 'String', Value: 'mine' },
      };
    });

    expect(crossServiceReferences.run(imports)).toEqual([
      {
        resource: 'RouterLambdaFunction',
        message: 'imports "inventory-dev-stock-table", which is not a shared export',
      },
      { resource: 'StolenParameter', message: expect.stringContaining('belongs to another service') },
      { resource: 'RouterLambdaFunction', message: expect.stringContaining("names inventory's resources") },
    ]);
  });

  it("lets platform create the hand-off topics under their producers' names, and nothing else of theirs", () => {
    const platform = (topicName: string): Stack => ({
      service: 'platform',
      stage: 'dev',
      template: {
        Resources: {
          OrdersEventsTopic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: topicName } },
          OrdersEventsTopicArnParameter: {
            Type: 'AWS::SSM::Parameter',
            Properties: {
              Name: '/commerce/dev/orders/events-topic-arn',
              Type: 'String',
              Value: { Ref: 'OrdersEventsTopic' },
            },
          },
        },
      } as Template,
    });

    expect(crossServiceReferences.run(platform('orders-dev-events'))).toEqual([]);
    expect(crossServiceReferences.run(platform('orders-dev-other'))).toEqual([
      { resource: 'OrdersEventsTopic', message: expect.stringContaining("names orders's resources") },
    ]);
  });
});

describe('stage-scoped-names', () => {
  it('finds a physical name without the stage, literal or in a Fn::Sub, and accepts the stage as any segment', () => {
    const unscoped = seeded(ordersStack('prod'), (resources) => {
      propertiesOf(resources, 'PaymentOutcomeQueue')['QueueName'] = 'orders-payment-outcome';
      propertiesOf(resources, 'InventoryOutcomeQueue')['QueueName'] = {
        'Fn::Sub': 'orders-${AWS::Region}-inventory-outcome',
      };
      propertiesOf(resources, 'PaymentOutcomeDeadLetterQueue')['QueueName'] = 'orders-prod-payment-outcome-dlq';
      propertiesOf(resources, 'RouterLambdaFunction')['FunctionName'] = { Ref: 'AWS::StackName' };
      resources['BusName'] = {
        Type: 'AWS::SSM::Parameter',
        Properties: { Name: '/commerce/prod/orders/x', Value: 'y' },
      };
    });

    expect(stageScopedNames.run(unscoped)).toEqual([
      { resource: 'InventoryOutcomeQueue', message: expect.stringContaining('without the stage prod') },
      {
        resource: 'PaymentOutcomeQueue',
        message: 'is named orders-payment-outcome (QueueName), without the stage prod: two stages would collide',
      },
    ]);
  });
});
