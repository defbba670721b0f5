import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStackFile } from '../../src/cloudformation/load-stack-file.js';
import { planStack } from '../../src/cloudformation/plan-stack.js';
import { discoverServices } from '../../src/runner/discover-services.js';
import { packageServices } from '../../src/runner/package-services.js';
import { queueUrlAt } from './fixture.js';

const fixtureRoot = fileURLToPath(new URL('../fixtures/system', import.meta.url));

const local = { region: 'us-east-1', accountId: '000000000000', queueUrl: queueUrlAt('http://127.0.0.1:4566') };

describe('loadStackFile', () => {
  let scratch: string;

  /** Real `sls package` output (osls) of the system test's two services: ping produces, pong consumes. */
  const packaged = (service: string) => join(scratch, service, 'cloudformation-template-update-stack.json');

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'load-stack-file-'));
    // Packaged here, into the scratch folder, so the test reads this checkout's templates whatever
    // ran before it, and never the .serverless folders the runner's system test packages into.
    await packageServices(discoverServices(fixtureRoot), {
      stage: 'local',
      outDir: (service) => join(scratch, service.name),
      timeoutMs: 120_000,
    });
  }, 240_000);

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('loads packaged stacks that plan in deployment order, the consumer reading what the producer declared', async () => {
    const ping = planStack({
      ...local,
      stackName: 'ping-local',
      template: await loadStackFile(packaged('ping')),
      exports: {},
      parameters: {},
    });
    const pong = planStack({
      ...local,
      stackName: 'pong-local',
      template: await loadStackFile(packaged('pong')),
      exports: ping.exports,
      parameters: ping.ssmParameters,
    });

    expect(ping.ssmParameters).toEqual({
      '/fixture/local/ping/topic-arn': 'arn:aws:sns:us-east-1:000000000000:ping-local-events',
      '/fixture/local/ping/bus-name': 'ping-local-bus',
    });
    expect(pong.subscriptions[0]).toMatchObject({
      topicArn: 'arn:aws:sns:us-east-1:000000000000:ping-local-events',
      attributes: { FilterPolicy: '{"kind":["greeting"]}' },
    });
    expect(pong.rules[0]).toMatchObject({
      eventBusName: 'ping-local-bus',
      targets: [{ id: 'audit', inputPath: '$.detail' }],
    });
    expect(pong.eventSourceMappings.map((mapping) => [mapping.functionName, mapping.batchSize])).toEqual([
      ['pong-local-receiver', 10],
      ['pong-local-audit', 5],
    ]);
    expect([...ping.unsupported, ...pong.unsupported]).toEqual([]);
  });

  it('says to run sls package when the service has not been packaged', async () => {
    const missing = join(scratch, 'nowhere', 'cloudformation-template-update-stack.json');

    await expect(loadStackFile(missing)).rejects.toThrow(`No packaged template at ${missing}: run sls package first`);
  });

  it('refuses a file that is not a CloudFormation template', async () => {
    const notATemplate = join(scratch, 'serverless-state.json');
    await writeFile(notATemplate, '{"service":{"service":"ping"}}');

    await expect(loadStackFile(notATemplate)).rejects.toThrow('is not a CloudFormation template: it has no Resources');
  });
});
