import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { createEventBridgePublisher, createSnsPublisher, type Publisher } from '../../../src/publishers/index.js';
import { envelope } from '../../helpers/aws-events.js';

// Mocks on the classes: every instance the publishers build answers here, never on the network.
const snsClass = mockClient(SNSClient);
const eventBridgeClass = mockClient(EventBridgeClient);
const saved = { ...process.env };

beforeAll(() => {
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_ENDPOINT_URL_SNS: 'http://localhost:4566',
    AWS_ENDPOINT_URL_EVENTBRIDGE: 'http://localhost:4010',
  });
  snsClass.on(PublishCommand).resolves({ MessageId: 'm-1' });
  eventBridgeClass.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
});

afterAll(() => {
  snsClass.restore();
  eventBridgeClass.restore();
  process.env = saved;
});

interface Case {
  make: () => Publisher;
  /** The clients that served each call, in order. */
  clients: () => unknown[];
  endpoint: string;
}

const cases: [string, Case][] = [
  [
    'SNS',
    {
      make: () => createSnsPublisher({ topicArn: 'arn:aws:sns:eu-west-1:123456789012:orders-events' }),
      clients: () => snsClass.commandCalls(PublishCommand).map((call) => call.thisValue),
      endpoint: 'http://localhost:4566',
    },
  ],
  [
    'EventBridge',
    {
      make: () => createEventBridgePublisher({ eventBusName: 'commerce-dev' }),
      clients: () => eventBridgeClass.commandCalls(PutEventsCommand).map((call) => call.thisValue),
      endpoint: 'http://localhost:4010',
    },
  ],
];

describe.each(cases)('the %s publisher without a client', (_name, { make, clients, endpoint }) => {
  it('builds one client on first publish and shares it with every publisher of the process', async () => {
    await make().publish(envelope({ id: 'evt-a' }));
    await make().publish(envelope({ id: 'evt-b' }));

    const [first, second] = clients();
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });

  it('leaves region and endpoint to the SDK, which reads them from the environment', async () => {
    await make().publish(envelope({ id: 'evt-c' }));

    const client = clients()[0] as SNSClient | EventBridgeClient;
    expect(client.config.isCustomEndpoint).toBe(false);
    await expect(client.config.region()).resolves.toBe('eu-west-1');
    await expect(client.config.serviceConfiguredEndpoint?.()).resolves.toBe(endpoint);
  });
});
