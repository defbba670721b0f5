import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStackFile } from '../../src/cloudformation/load-stack-file.js';
import { planStack } from '../../src/cloudformation/plan-stack.js';
import { queueUrlAt } from './fixture.js';

/** Real `sls package` output (osls) of the system test's two services: ping produces, pong consumes. */
const packaged = (service: string) =>
  new URL(
    `../fixtures/system/services/${service}/.serverless/cloudformation-template-update-stack.json`,
    import.meta.url,
  ).pathname;

const local = { region: 'us-east-1', accountId: '000000000000', queueUrl: queueUrlAt('http://127.0.0.1:4566') };

describe('loadStackFile', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'load-stack-file-'));
  });

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
