import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS } from '../../src/local-account.js';
import { silentProgress } from '../../src/runner/progress.js';
import { startSystem, type RunningSystem } from '../../src/runner/start-system.js';
import { freeServicePorts } from '../../src/runner/free-ports.js';

/**
 * The runner end to end on two throwaway services (test/fixtures/system/services): `sls package`,
 * resources created from the packaged templates, each `sls offline` started, and messages carried
 * ping -> SNS topic (filter policy, envelope) and ping -> bus -> rule (InputPath) -> pong's queues
 * -> event source mappings -> pong's functions -> pong's table.
 */
const root = fileURLToPath(new URL('../fixtures/system', import.meta.url));
const WAIT_MS = 20_000;

describe('the local system runner', () => {
  let system: RunningSystem;
  let sqs: SQSClient;

  beforeAll(async () => {
    system = await startSystem({
      root,
      stage: 'local',
      edgePort: 0,
      ports: await freeServicePorts(['ping', 'pong']),
      progress: silentProgress,
    });
    sqs = new SQSClient({ endpoint: system.edge.url, region: system.edge.region, credentials: LOCAL_CREDENTIALS });
  }, 240_000);

  afterAll(async () => {
    sqs?.destroy();
    await system?.stop();
  }, 30_000);

  const urlOf = (service: string) => {
    const url = system.urls.get(service);
    if (!url) throw new Error(`${service} is not running`);
    return url;
  };

  const ping = async (kind: string, text: string) => {
    const id = randomUUID();
    const response = await fetch(`${urlOf('ping')}/pings`, {
      method: 'POST',
      body: JSON.stringify({ id, kind, text }),
    });
    expect(response.status).toBe(202);
    return id;
  };

  /** What pong stored under `key`, waiting for it to arrive; undefined if it never does. */
  const pong = async (key: string, waitMs = WAIT_MS) => {
    const deadline = Date.now() + waitMs;
    do {
      const response = await fetch(`${urlOf('pong')}/pongs/${key}`);
      if (response.status === 200) return (await response.json()) as { text: string; via: string };
      await new Promise((resolve) => setTimeout(resolve, 200));
    } while (Date.now() < deadline);
    return undefined;
  };

  const queueUrl = (name: string) => `${system.edge.url}/${system.edge.accountId}/${name}`;

  it('carries a ping over SNS and over EventBridge to the consumer, as the templates wire them', async () => {
    const id = await ping('greeting', 'hello');

    expect(await pong(id)).toEqual({ text: 'hello', via: 'sns' });
    expect(await pong(`audit-${id}`)).toEqual({ text: 'hello', via: 'eventbridge' });
  }, 60_000);

  it("sends each running service's local/seed.json once it is up", async () => {
    expect(await pong('seeded-ping')).toEqual({ text: 'seeded', via: 'sns' });
  }, 60_000);

  it("delivers over SNS only what the subscription's filter policy accepts", async () => {
    const secret = await ping('secret', 'not for pong');
    const greeting = await ping('greeting', 'after the secret');

    // The rule has no filter on kind, so the secret's event arrives; the greeting sent after it
    // on the same topic arriving shows SNS has delivered everything it was going to.
    expect(await pong(`audit-${secret}`)).toMatchObject({ via: 'eventbridge' });
    expect(await pong(greeting)).toMatchObject({ text: 'after the secret' });
    expect(await pong(secret, 0)).toBeUndefined();
  }, 60_000);

  it('moves a record that keeps failing to the dead-letter queue after maxReceiveCount, and nothing else', async () => {
    const poison = await ping('greeting', 'poison');
    const healthy = await ping('greeting', 'healthy');

    expect(await pong(healthy)).toMatchObject({ text: 'healthy' });
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl('pong-local-pings-dlq'),
        WaitTimeSeconds: 15,
        MaxNumberOfMessages: 10,
      }),
    );
    expect(Messages.map((message) => JSON.parse(JSON.parse(message.Body ?? '{}').Message).id)).toEqual([poison]);
  }, 60_000);

  it('keeps the messages of a stopped service in its queue and delivers them when it is back', async () => {
    await system.stopService('pong');
    const id = await ping('greeting', 'while pong was down');
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl('pong-local-pings'), AttributeNames: ['All'] }),
    );
    // Waiting, not received: nothing spent a receive while pong was down (local-aws-sqs counts
    // in-flight messages in ApproximateNumberOfMessages too, hence both numbers).
    expect(Attributes).toMatchObject({ ApproximateNumberOfMessages: '1', ApproximateNumberOfMessagesNotVisible: '0' });

    await system.startService('pong');

    expect(await pong(id)).toEqual({ text: 'while pong was down', via: 'sns' });
  }, 120_000);
});
