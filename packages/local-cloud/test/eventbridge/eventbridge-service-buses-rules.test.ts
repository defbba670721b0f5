import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  DescribeEventBusCommand,
  DescribeRuleCommand,
  InvalidEventPatternException,
  ListEventBusesCommand,
  ListRulesCommand,
  PutRuleCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
} from '@aws-sdk/client-eventbridge';
import { EventPatternError, parseEventPattern } from '../../src/eventbridge/event-pattern.js';
import { startLocalEvents, type LocalEvents } from './local-events.js';

const patternError = (pattern: string): string => {
  try {
    parseEventPattern(pattern);
  } catch (error) {
    if (error instanceof EventPatternError) return error.message;
  }
  throw new Error(`${pattern} was expected to be refused`);
};

describe('EventBridge buses and rules', () => {
  let cloud: LocalEvents;
  let arnPrefix: string;
  const pattern = JSON.stringify({ source: ['commerce.orders'] });

  beforeAll(async () => {
    cloud = await startLocalEvents();
    arnPrefix = `arn:aws:events:us-east-1:${cloud.edge.accountId}`;
    await cloud.events.send(new CreateEventBusCommand({ Name: 'payments' }));
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  it('has a default bus that cannot be deleted, and creates, lists, describes and deletes others', async () => {
    const { EventBusArn } = await cloud.events.send(new CreateEventBusCommand({ Name: 'inventory' }));
    const byArn = await cloud.events.send(new DescribeEventBusCommand({ Name: EventBusArn }));
    const { EventBuses = [] } = await cloud.events.send(new ListEventBusesCommand({ NamePrefix: 'inv' }));
    const defaultBus = await cloud.events.send(new DescribeEventBusCommand({}));

    expect(EventBusArn).toBe(`${arnPrefix}:event-bus/inventory`);
    expect(byArn).toMatchObject({ Name: 'inventory', Arn: EventBusArn, CreationTime: expect.any(Date) });
    expect(EventBuses.map((bus) => bus.Name)).toEqual(['inventory']);
    expect(defaultBus).toMatchObject({ Name: 'default', Arn: `${arnPrefix}:event-bus/default` });
    await expect(cloud.events.send(new CreateEventBusCommand({ Name: 'inventory' }))).rejects.toThrow(
      ResourceAlreadyExistsException,
    );
    await expect(cloud.events.send(new DeleteEventBusCommand({ Name: 'default' }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Cannot delete event bus default.',
    });

    await cloud.events.send(new DeleteEventBusCommand({ Name: 'inventory' }));
    await expect(cloud.events.send(new DescribeEventBusCommand({ Name: 'inventory' }))).rejects.toThrow(
      ResourceNotFoundException,
    );
  });

  it('mints rule ARNs as AWS does: rule/<name> on the default bus, rule/<bus>/<name> on others', async () => {
    const onDefault = await cloud.events.send(new PutRuleCommand({ Name: 'arn-default', EventPattern: pattern }));
    const onCustom = await cloud.events.send(
      new PutRuleCommand({
        Name: 'arn-custom',
        EventBusName: `${arnPrefix}:event-bus/payments`,
        EventPattern: pattern,
      }),
    );

    expect(onDefault.RuleArn).toBe(`${arnPrefix}:rule/arn-default`);
    expect(onCustom.RuleArn).toBe(`${arnPrefix}:rule/payments/arn-custom`);
  });

  it('updates a rule put again, and describes and lists rules one page at a time', async () => {
    await cloud.events.send(new PutRuleCommand({ Name: 'listed-a', EventBusName: 'payments', EventPattern: pattern }));
    await cloud.events.send(
      new PutRuleCommand({ Name: 'listed-a', EventBusName: 'payments', EventPattern: pattern, State: 'DISABLED' }),
    );
    await cloud.events.send(new PutRuleCommand({ Name: 'listed-b', EventBusName: 'payments', EventPattern: pattern }));

    const described = await cloud.events.send(new DescribeRuleCommand({ Name: 'listed-a', EventBusName: 'payments' }));
    const first = await cloud.events.send(
      new ListRulesCommand({ EventBusName: 'payments', NamePrefix: 'listed-', Limit: 1 }),
    );
    const second = await cloud.events.send(
      new ListRulesCommand({ EventBusName: 'payments', NamePrefix: 'listed-', NextToken: first.NextToken }),
    );

    expect(described).toMatchObject({
      Name: 'listed-a',
      EventBusName: 'payments',
      EventPattern: pattern,
      State: 'DISABLED',
    });
    expect(first.Rules?.map((rule) => rule.Name)).toEqual(['listed-a']);
    expect(second.Rules?.map((rule) => rule.Name)).toEqual(['listed-b']);
    expect(second.NextToken).toBeUndefined();
  });

  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html
  it("refuses a pattern EventBridge would refuse, with the pattern parser's reason", async () => {
    const bad = '{"source": "commerce.orders"}';

    await expect(
      cloud.events.send(new PutRuleCommand({ Name: 'bad-pattern', EventPattern: bad })),
    ).rejects.toMatchObject({
      name: InvalidEventPatternException.name,
      message: patternError(bad),
    });
  });

  it('refuses scheduled rules, rules without a pattern and rules on a bus that does not exist', async () => {
    await expect(
      cloud.events.send(new PutRuleCommand({ Name: 'nightly', ScheduleExpression: 'rate(1 day)' })),
    ).rejects.toThrow(/does not run scheduled rules/);
    await expect(cloud.events.send(new PutRuleCommand({ Name: 'no-pattern' }))).rejects.toThrow(
      'Parameter(s) EventPattern or ScheduleExpression must be specified.',
    );
    await expect(
      cloud.events.send(new PutRuleCommand({ Name: 'lost', EventBusName: 'payments-dev', EventPattern: pattern })),
    ).rejects.toThrow(ResourceNotFoundException);
  });
});
