import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';
import type { ServiceFolder } from '../../src/runner/discover-services.js';
import { loadStacks } from '../../src/runner/load-stacks.js';
import { silentProgress } from '../../src/runner/progress.js';

/** A producer declaring its topic's ARN as an SSM parameter, and a consumer subscribing through it. */
const producer = {
  Resources: {
    Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'producer-local-events' } },
    TopicArn: {
      Type: 'AWS::SSM::Parameter',
      Properties: { Name: '/test/producer/topic-arn', Type: 'String', Value: { Ref: 'Topic' } },
    },
  },
};
const consumer = {
  Resources: {
    Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'consumer-local-queue' } },
    Subscription: {
      Type: 'AWS::SNS::Subscription',
      Properties: {
        TopicArn: '{{resolve:ssm:/test/producer/topic-arn}}',
        Protocol: 'sqs',
        Endpoint: { 'Fn::GetAtt': ['Queue', 'Arn'] },
      },
    },
    Receiver: {
      Type: 'AWS::Lambda::Function',
      Properties: { FunctionName: 'consumer-local-receiver', Environment: { Variables: { QUEUE: { Ref: 'Queue' } } } },
    },
  },
};

describe('loading stacks', () => {
  let edge: Edge;
  let root: string;
  const service = (name: string, template: object): ServiceFolder => {
    const dir = join(root, name);
    mkdirSync(join(dir, '.serverless'), { recursive: true });
    writeFileSync(join(dir, '.serverless', 'cloudformation-template-update-stack.json'), JSON.stringify(template));
    return { name, dir };
  };

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'load-stacks-'));
    edge = await startEdge({ port: 0 });
  });

  afterEach(async () => {
    await edge?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('loads a consumer listed before its producer once the producer has declared what it reads', async () => {
    const services = [service('consumer', consumer), service('producer', producer)];

    await loadStacks({ services, stage: 'local', edge, progress: silentProgress });

    const environment = JSON.parse(
      readFileSync(join(root, 'consumer', '.serverless', 'local-environment.json'), 'utf8'),
    );
    expect(environment).toEqual({
      'consumer-local-receiver': { QUEUE: `${edge.url}/${edge.accountId}/consumer-local-queue` },
    });
  });

  it('stops naming the missing input when no stack provides it', async () => {
    const services = [service('consumer', consumer)];

    await expect(loadStacks({ services, stage: 'local', edge, progress: silentProgress })).rejects.toThrow(
      /consumer-local.*SSM parameter "\/test\/producer\/topic-arn"/s,
    );
  });
});
