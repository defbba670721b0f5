import { consumedQueues } from '../src/policy/consumed-queues.js';
import { httpRoutes } from '../src/policy/http-routes.js';
import { queuePolicies } from '../src/policy/queue-policies.js';
import { queueTargets } from '../src/policy/queue-targets.js';
import { getAtt, notificationsStack, ordersStack, propertiesOf, seeded } from './helpers/stacks.js';

describe('consumed-queues', () => {
  it('finds a mapping that does not report batch item failures', () => {
    const wholeBatch = seeded(ordersStack(), (resources) => {
      delete propertiesOf(resources, 'PaymentOutcomeEventSourceMapping')['FunctionResponseTypes'];
    });

    expect(consumedQueues.run(wholeBatch)).toEqual([
      {
        resource: 'PaymentOutcomeEventSourceMapping',
        message: expect.stringContaining('does not report batch item failures'),
      },
    ]);
  });

  it('finds a visibility timeout under six times the function timeout plus the batching window', () => {
    const short = seeded(ordersStack(), (resources) => {
      propertiesOf(resources, 'PaymentOutcomeEventSourceMapping')['MaximumBatchingWindowInSeconds'] = 5;
    });

    expect(consumedQueues.run(short)).toEqual([
      {
        resource: 'PaymentOutcomeQueue',
        message: expect.stringContaining(
          'VisibilityTimeout 90 s, under 6 x the 15 s timeout of PaymentOutcomeLambdaFunction + 5 s batching window = 95 s',
        ),
      },
    ]);
  });

  it("counts SQS's default of 30 s when a queue sets none", () => {
    const unset = seeded(ordersStack(), (resources) => {
      delete propertiesOf(resources, 'PaymentOutcomeQueue')['VisibilityTimeout'];
    });

    expect(consumedQueues.run(unset)).toEqual([
      { resource: 'PaymentOutcomeQueue', message: expect.stringContaining('VisibilityTimeout 30 s') },
    ]);
  });

  it('finds a queue with no dead-letter queue, also when RedrivePolicy is JSON text without maxReceiveCount', () => {
    const noDeadLetters = seeded(ordersStack(), (resources) => {
      delete propertiesOf(resources, 'PaymentOutcomeQueue')['RedrivePolicy'];
      propertiesOf(resources, 'InventoryOutcomeQueue')['RedrivePolicy'] = JSON.stringify({ deadLetterTargetArn: 'x' });
    });

    expect(consumedQueues.run(noDeadLetters).map((finding) => finding.resource)).toEqual([
      'InventoryOutcomeQueue',
      'PaymentOutcomeQueue',
    ]);
  });

  it('finds a DLQ without a depth alarm, and an alarm without actions', () => {
    const silent = seeded(ordersStack(), (resources) => {
      delete resources['PaymentOutcomeDeadLetterAlarm'];
      delete propertiesOf(resources, 'InventoryOutcomeDeadLetterAlarm')['AlarmActions'];
    });

    expect(consumedQueues.run(silent)).toEqual([
      { resource: 'InventoryOutcomeDeadLetterAlarm', message: 'has no AlarmActions: it would fire and tell no one' },
      { resource: 'PaymentOutcomeDeadLetterQueue', message: expect.stringContaining('has no alarm') },
    ]);
  });

  it('finds a mapping on a queue outside the stack', () => {
    const foreign = seeded(ordersStack(), (resources) => {
      propertiesOf(resources, 'PaymentOutcomeEventSourceMapping')['EventSourceArn'] =
        '{{resolve:ssm:/commerce/dev/orders/some-queue-arn}}';
    });

    expect(consumedQueues.run(foreign)).toEqual([
      { resource: 'PaymentOutcomeEventSourceMapping', message: 'reads a queue that is not in this stack' },
    ]);
  });
});

describe('http-routes', () => {
  it('finds a route served by a function other than the router, and a function URL', () => {
    const receiverRoute = seeded(ordersStack(), (resources) => {
      propertiesOf(resources, 'HttpApiIntegrationRouter')['IntegrationUri'] = getAtt('PaymentOutcomeLambdaFunction');
      resources['PaymentOutcomeLambdaUrl'] = {
        Type: 'AWS::Lambda::Url',
        Properties: { TargetFunctionArn: getAtt('PaymentOutcomeLambdaFunction'), AuthType: 'NONE' },
      };
    });

    expect(httpRoutes.run(receiverRoute)).toEqual([
      { resource: 'HttpApiIntegrationRouter', message: 'integrates a function other than the router' },
      { resource: 'PaymentOutcomeLambdaUrl', message: expect.stringContaining('function URL') },
    ]);
  });
});

describe('queue-targets', () => {
  it('finds a subscription that invokes a function, and the permission that lets SNS do it', () => {
    const direct = seeded(ordersStack(), (resources) => {
      Object.assign(propertiesOf(resources, 'PaymentOutcomeSubscription'), {
        Protocol: 'lambda',
        Endpoint: getAtt('PaymentOutcomeLambdaFunction'),
      });
      resources['PaymentOutcomeSnsPermission'] = {
        Type: 'AWS::Lambda::Permission',
        Properties: { FunctionName: getAtt('PaymentOutcomeLambdaFunction'), Principal: 'sns.amazonaws.com' },
      };
    });

    expect(queueTargets.run(direct)).toEqual([
      { resource: 'PaymentOutcomeSubscription', message: 'subscribes with protocol lambda, not sqs' },
      { resource: 'PaymentOutcomeSnsPermission', message: expect.stringContaining('invoke a function directly') },
    ]);
  });

  it('finds a rule targeting a function, and one feeding a queue no function consumes', () => {
    const direct = seeded(notificationsStack(), (resources) => {
      const targets = propertiesOf(resources, 'NotifyCustomerRule')['Targets'] as { Id: string; Arn: unknown }[];
      targets.push({ Id: 'function', Arn: getAtt('NotifyCustomerLambdaFunction') });
      resources['SpareQueue'] = { Type: 'AWS::SQS::Queue', Properties: {} };
      targets.push({ Id: 'spare', Arn: getAtt('SpareQueue') });
    });

    expect(queueTargets.run(direct)).toEqual([
      { resource: 'NotifyCustomerRule target function', message: expect.stringContaining('other than a queue') },
      { resource: 'NotifyCustomerRule target spare', message: 'delivers to SpareQueue, which no function consumes' },
    ]);
  });
});

describe('queue-policies', () => {
  const policyStatements = (resources: Parameters<Parameters<typeof seeded>[1]>[0], policy: string) =>
    (propertiesOf(resources, policy)['PolicyDocument'] as { Statement: Record<string, unknown>[] }).Statement;

  it("finds a subscription whose topic the queue's policy does not let in", () => {
    const locked = seeded(ordersStack(), (resources) => {
      const [statement] = policyStatements(resources, 'PaymentOutcomeQueuePolicy');
      if (statement)
        statement['Condition'] = {
          ArnEquals: { 'aws:SourceArn': ['{{resolve:ssm:/commerce/dev/orders/events-topic-arn}}'] },
        };
    });

    expect(queuePolicies.run(locked)).toEqual([
      {
        resource: 'PaymentOutcomeSubscription',
        message:
          'feeds PaymentOutcomeQueue, whose policy does not let sns.amazonaws.com send from {{resolve:ssm:/commerce/dev/payments/events-topic-arn}}: AWS would drop its deliveries',
      },
    ]);
  });

  it('finds a rule with no statement for it, and a statement open to any source', () => {
    const open = seeded(notificationsStack(), (resources) => {
      const statements = policyStatements(resources, 'NotifyCustomerQueuePolicy');
      statements.splice(0, statements.length, {
        Effect: 'Allow',
        Principal: '*',
        Action: 'sqs:SendMessage',
        Resource: '*',
      });
    });

    expect(queuePolicies.run(open)).toEqual([
      {
        resource: 'NotifyCustomerRule',
        message: expect.stringContaining('does not let events.amazonaws.com send from NotifyCustomerRule'),
      },
      { resource: 'NotifyCustomerQueuePolicy', message: expect.stringContaining('without an aws:SourceArn condition') },
    ]);
  });
});

describe('operators and provisioned concurrency', () => {
  it("accepts the router behind an alias (provisioned concurrency), but not another function's alias", () => {
    const aliased = (fn: string) =>
      seeded(ordersStack('prod'), (resources) => {
        resources['ProvisionedAlias'] = {
          Type: 'AWS::Lambda::Alias',
          Properties: { FunctionName: { Ref: fn }, Name: 'provisioned' },
        };
        propertiesOf(resources, 'HttpApiIntegrationRouter')['IntegrationUri'] = {
          'Fn::Join': [':', [getAtt(fn), 'provisioned']],
        };
      });

    expect(httpRoutes.run(aliased('RouterLambdaFunction'))).toEqual([]);
    expect(httpRoutes.run(aliased('PaymentOutcomeLambdaFunction'))).toEqual([
      { resource: 'HttpApiIntegrationRouter', message: 'integrates a function other than the router' },
    ]);
  });

  it("lets an operator's email subscribe to the alerts topic, and nothing else by email", () => {
    const emailOn = (topicArn: string) =>
      seeded(ordersStack(), (resources) => {
        resources['OperatorEmail'] = {
          Type: 'AWS::SNS::Subscription',
          Properties: { TopicArn: topicArn, Protocol: 'email', Endpoint: 'ops@example.com' },
        };
      });

    expect(queueTargets.run(emailOn('{{resolve:ssm:/commerce/dev/platform/alerts-topic-arn}}'))).toEqual([]);
    expect(queueTargets.run(emailOn('{{resolve:ssm:/commerce/dev/orders/events-topic-arn}}'))).toEqual([
      { resource: 'OperatorEmail', message: 'subscribes with protocol email, not sqs' },
    ]);
  });
});

describe('http-routes and CORS', () => {
  it('finds an API that lets every origin call it', () => {
    const open = seeded(ordersStack(), (resources) => {
      resources['HttpApi'] = {
        Type: 'AWS::ApiGatewayV2::Api',
        Properties: { ProtocolType: 'HTTP', CorsConfiguration: { AllowOrigins: ['https://shop.example', '*'] } },
      };
    });

    expect(httpRoutes.run(open)).toEqual([
      { resource: 'HttpApi', message: expect.stringContaining("AllowOrigins '*'") },
    ]);
  });
});
