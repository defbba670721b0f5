import { leastPrivilege } from '../src/policy/least-privilege.js';
import { ownRole } from '../src/policy/own-role.js';
import { publishRights } from '../src/policy/publish-rights.js';
import {
  getAtt,
  notificationsStack,
  ordersStack,
  propertiesOf,
  putEventsAs,
  seeded,
  statementsOf,
} from './helpers/stacks.js';

describe('own-role', () => {
  it('finds two functions sharing one role', () => {
    const shared = seeded(ordersStack(), (resources) => {
      propertiesOf(resources, 'PaymentOutcomeLambdaFunction')['Role'] = getAtt('InventoryOutcomeRole');
    });

    expect(ownRole.run(shared)).toEqual([
      {
        resource: 'InventoryOutcomeRole',
        message:
          'is shared by InventoryOutcomeLambdaFunction, PaymentOutcomeLambdaFunction: each function needs its own role',
      },
    ]);
  });

  it("finds a function on serverless's default role, which is not in the stack", () => {
    const defaulted = seeded(ordersStack(), (resources) => {
      propertiesOf(resources, 'RouterLambdaFunction')['Role'] = getAtt('IamRoleLambdaExecution');
    });

    expect(ownRole.run(defaulted)).toEqual([
      { resource: 'RouterLambdaFunction', message: expect.stringContaining('is not an AWS::IAM::Role of this stack') },
    ]);
  });

  it('finds a managed policy attached to a role', () => {
    const managed = seeded(ordersStack(), (resources) => {
      propertiesOf(resources, 'RouterRole')['ManagedPolicyArns'] = ['arn:aws:iam::aws:policy/AdministratorAccess'];
    });

    expect(ownRole.run(managed)).toEqual([
      { resource: 'RouterRole', message: expect.stringContaining('managed policies') },
    ]);
  });
});

describe('least-privilege', () => {
  it.each([
    ['*', 'grants *: name the actions it needs'],
    ['dynamodb:*', 'grants dynamodb:*: name the actions it needs'],
  ])('finds the action %s', (action, message) => {
    const wide = seeded(ordersStack(), (resources) => {
      statementsOf(resources, 'RouterRole').push({ Effect: 'Allow', Action: action, Resource: getAtt('OrdersTable') });
    });

    expect(leastPrivilege.run(wide)).toEqual([{ resource: 'RouterRole', message }]);
  });

  it('finds Resource "*" on an action AWS scopes, and names the statement', () => {
    const unscoped = seeded(ordersStack(), (resources) => {
      statementsOf(resources, 'RouterRole').push({
        Sid: 'ReadOrders',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'xray:PutTraceSegments'],
        Resource: '*',
      });
    });

    expect(leastPrivilege.run(unscoped)).toEqual([
      {
        resource: 'RouterRole (Sid ReadOrders)',
        message: 'grants dynamodb:GetItem on Resource "*": name the resources',
      },
    ]);
  });

  it('finds NotAction, which grants everything it does not list', () => {
    const negated = seeded(ordersStack(), (resources) => {
      statementsOf(resources, 'RouterRole').push({
        Effect: 'Allow',
        NotAction: 'iam:*',
        Resource: getAtt('OrdersTable'),
      });
    });

    expect(leastPrivilege.run(negated)).toEqual([
      { resource: 'RouterRole', message: expect.stringContaining('NotAction/NotResource') },
    ]);
  });

  it('leaves Deny statements alone: they only take rights away', () => {
    const denied = seeded(ordersStack(), (resources) => {
      statementsOf(resources, 'RouterRole').push({ Effect: 'Deny', Action: '*', Resource: '*' });
    });

    expect(leastPrivilege.run(denied)).toEqual([]);
  });
});

describe('publish-rights', () => {
  it("finds a right to publish on another service's topic", () => {
    const foreign = seeded(ordersStack(), (resources) => {
      statementsOf(resources, 'RouterRole').push({
        Effect: 'Allow',
        Action: 'sns:Publish',
        Resource: '{{resolve:ssm:/commerce/dev/payments/events-topic-arn}}',
      });
    });

    expect(publishRights.run(foreign)).toEqual([
      { resource: 'RouterRole', message: expect.stringContaining('only on its own topic') },
    ]);
  });

  it("finds PutEvents without an events:source condition, and with another service's source", () => {
    const unconditioned = seeded(notificationsStack(), (resources) => {
      const statements = statementsOf(resources, 'NotifyCustomerRole');
      statements.push({ ...(putEventsAs('commerce.orders', 'dev') as object), Sid: 'AsOrders' });
      statements.push({
        Sid: 'Anyone',
        Effect: 'Allow',
        Action: 'events:PutEvents',
        Resource: (putEventsAs('x', 'dev') as { Resource: never }).Resource,
      });
    });

    expect(publishRights.run(unconditioned)).toEqual([
      { resource: 'NotifyCustomerRole (Sid AsOrders)', message: expect.stringContaining('= commerce.notifications') },
      { resource: 'NotifyCustomerRole (Sid Anyone)', message: expect.stringContaining('= commerce.notifications') },
    ]);
  });

  it("finds PutEvents on a bus that is not platform's", () => {
    const defaultBus = seeded(notificationsStack(), (resources) => {
      statementsOf(resources, 'NotifyCustomerRole').push({
        ...(putEventsAs('commerce.notifications', 'dev') as object),
        Sid: 'DefaultBus',
        Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default' },
      });
    });

    expect(publishRights.run(defaultBus)).toEqual([
      { resource: 'NotifyCustomerRole (Sid DefaultBus)', message: "may put events on a bus other than platform's" },
    ]);
  });
});
