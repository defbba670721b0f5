import { listEntries } from '@commerce/contracts/catalog';
import { consumerRouting } from '../src/contracts/consumer-routing.js';
import { producerTransports } from '../src/contracts/producer-transports.js';
import { unroutedEvents } from '../src/contracts/unrouted-events.js';
import {
  notificationsStack,
  ordersStack,
  propertiesOf,
  publishOnOwnTopic,
  seeded,
  statementsOf,
  subscription,
  getAtt,
} from './helpers/stacks.js';

const messages = (findings: { message: string }[]) => findings.map((finding) => finding.message);

describe('consumer-routing', () => {
  it('finds a filter policy that misses an event the service consumes (every example is named)', () => {
    const narrow = seeded(ordersStack(), (resources) => {
      propertiesOf(resources, 'PaymentOutcomeSubscription')['FilterPolicy'] = { type: ['PaymentSucceeded'] };
    });

    const missed = messages(consumerRouting.run(narrow));

    expect(missed.length).toBeGreaterThan(0);
    expect(
      missed.every((message) =>
        message.startsWith('consumes PaymentFailed v1 (catalog), but no subscription or rule receives its example'),
      ),
    ).toBe(true);
  });

  it('finds a subscription that receives events the catalog does not have the service consume', () => {
    const loose = seeded(ordersStack(), (resources) => {
      resources['OrdersTopicSubscription'] = subscription('orders', 'dev', getAtt('PaymentOutcomeQueue'));
    });

    const findings = consumerRouting.run(loose);

    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.resource === 'OrdersTopicSubscription')).toBe(true);
    expect(messages(findings)[0]).toMatch(
      /^receives OrderPlaced v1 \(".+"\), which the catalog does not list orders as consuming$/,
    );
  });

  it("finds an event pattern that misses a version, and one that lets in other producers' outcomes", () => {
    const wrongVersion = seeded(notificationsStack(), (resources) => {
      propertiesOf(resources, 'NotifyCustomerRule')['EventPattern'] = {
        source: ['commerce.orders'],
        'detail-type': ['OrderConfirmed', 'OrderCancelled'],
        detail: { version: [2] },
      };
    });
    const everything = seeded(notificationsStack(), (resources) => {
      propertiesOf(resources, 'NotifyCustomerRule')['EventPattern'] = { source: [{ prefix: 'commerce.' }] };
    });

    expect(new Set(messages(consumerRouting.run(wrongVersion)).map((m) => m.split(' (')[0]))).toEqual(
      new Set(['consumes OrderConfirmed v1', 'consumes OrderCancelled v1']),
    );
    const received = new Set(messages(consumerRouting.run(everything)).map((m) => m.split(' (')[0]));
    expect(received).toEqual(
      new Set(['receives InventoryCommitted v1', 'receives InventoryReleased v1', 'receives NotificationSent v1']),
    );
  });

  it('finds a rule on the default bus, and a filter policy SNS would refuse', () => {
    const broken = seeded(notificationsStack(), (resources) => {
      delete propertiesOf(resources, 'NotifyCustomerRule')['EventBusName'];
    });
    const refused = seeded(ordersStack(), (resources) => {
      propertiesOf(resources, 'PaymentOutcomeSubscription')['FilterPolicy'] = { type: 'PaymentSucceeded' };
    });

    expect(consumerRouting.run(broken)[0]).toEqual({
      resource: 'NotifyCustomerRule',
      message: "is not on platform's bus: no catalog event would reach it",
    });
    expect(consumerRouting.run(refused)[0]).toEqual({
      resource: 'PaymentOutcomeSubscription',
      message: expect.stringContaining('has a filter policy SNS would refuse'),
    });
  });
});

describe('producer-transports', () => {
  it('finds a right to publish on a transport the catalog has the service publish nothing on', () => {
    const spare = seeded(notificationsStack(), (resources) => {
      statementsOf(resources, 'RouterRole').push(publishOnOwnTopic('notifications', 'dev'));
    });

    expect(producerTransports.run(spare)).toEqual([
      {
        resource: 'RouterRole',
        message: expect.stringContaining('the catalog lists no event notifications publishes on its SNS topic'),
      },
    ]);
  });

  it('finds a catalogued transport no role may publish on, and each function handed a destination it may not use', () => {
    const mute = seeded(ordersStack(), (resources) => {
      for (const role of ['InventoryOutcomeRole', 'PaymentOutcomeRole']) {
        const statements = statementsOf(resources, role);
        statements.splice(
          statements.findIndex((s) => (s as { Sid?: string }).Sid === 'PublishOutcomes'),
          1,
        );
      }
    });

    expect(producerTransports.run(mute)).toEqual([
      {
        resource: 'InventoryOutcomeLambdaFunction',
        message: expect.stringContaining('is given EVENT_BUS_NAME but its role may not events:PutEvents'),
      },
      { resource: 'PaymentOutcomeLambdaFunction', message: expect.stringContaining('is given EVENT_BUS_NAME') },
      {
        resource: 'orders',
        message: 'produces OrderConfirmed, OrderCancelled on the bus (catalog), but no role may events:PutEvents',
      },
    ]);
  });
});

describe('unrouted-events', () => {
  it('flags exactly the events that are not public and that no stack receives', () => {
    const received = [
      'InventoryReserved',
      'InventoryReservationFailed',
      'PaymentSucceeded',
      'PaymentFailed',
      'OrderConfirmed',
      'OrderCancelled',
    ];
    const expected = listEntries()
      .filter((entry) => !entry.public && !received.includes(entry.type))
      .map((entry) => `${entry.type} v${entry.version}`);

    const flagged = unroutedEvents.run([ordersStack(), notificationsStack()]).map((finding) => finding.resource);

    expect(flagged.sort()).toEqual(expected.sort());
    expect(flagged).toContain('OrderPlaced v1');
  });

  it('does not flag a public event that nothing receives', () => {
    const publicTypes = listEntries()
      .filter((entry) => entry.public)
      .map((entry) => `${entry.type} v${entry.version}`);

    const flagged = unroutedEvents.run([ordersStack()]).map((finding) => finding.resource);

    expect(publicTypes.length).toBeGreaterThan(0);
    expect(flagged.filter((name) => publicTypes.includes(name))).toEqual([]);
  });
});
