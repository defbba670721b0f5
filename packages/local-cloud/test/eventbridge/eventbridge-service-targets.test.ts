import {
  DeleteRuleCommand,
  DescribeRuleCommand,
  LimitExceededException,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-eventbridge';
import { createQueue, startLocalEvents, type LocalEvents } from './local-events.js';

describe('EventBridge targets', () => {
  let cloud: LocalEvents;
  const pattern = JSON.stringify({ source: ['commerce.orders'] });

  beforeAll(async () => {
    cloud = await startLocalEvents();
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  it('refuses, entry by entry, targets it cannot deliver to and keeps the others', async () => {
    const queue = await createQueue(cloud, 'kept-target');
    await cloud.events.send(new PutRuleCommand({ Name: 'mixed-targets', EventPattern: pattern }));

    const { FailedEntryCount, FailedEntries = [] } = await cloud.events.send(
      new PutTargetsCommand({
        Rule: 'mixed-targets',
        Targets: [
          { Id: 'queue', Arn: queue.arn },
          { Id: 'function', Arn: `arn:aws:lambda:us-east-1:${cloud.edge.accountId}:function:audit` },
          { Id: 'fifo', Arn: `${queue.arn}.fifo` },
          { Id: 'wildcard', Arn: queue.arn, InputPath: '$.detail.*' },
          {
            Id: 'transformer',
            Arn: queue.arn,
            InputTransformer: { InputTemplate: '"<id>"', InputPathsMap: { id: '$.id' } },
          },
        ],
      }),
    );
    const { Targets = [] } = await cloud.events.send(new ListTargetsByRuleCommand({ Rule: 'mixed-targets' }));

    expect(FailedEntryCount).toBe(4);
    expect(FailedEntries.map((entry) => [entry.TargetId, entry.ErrorMessage])).toEqual([
      ['function', expect.stringMatching(/delivers to SQS queues only, not to arn:aws:lambda:/)],
      ['fifo', expect.stringMatching(/does not deliver to FIFO queues/)],
      ['wildcard', expect.stringMatching(/InputPath "\$\.detail\.\*" is not supported/)],
      ['transformer', expect.stringMatching(/does not serve InputTransformer/)],
    ]);
    expect(Targets).toEqual([{ Id: 'queue', Arn: queue.arn }]);
  });

  // "Each rule can have up to five (5) targets": https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html
  it('refuses a sixth target on a rule, and changes nothing', async () => {
    const queue = await createQueue(cloud, 'five-targets');
    const target = (id: number) => ({ Id: `t${id}`, Arn: queue.arn });
    await cloud.events.send(new PutRuleCommand({ Name: 'five-targets', EventPattern: pattern }));
    await cloud.events.send(new PutTargetsCommand({ Rule: 'five-targets', Targets: [1, 2, 3, 4].map(target) }));

    await expect(
      cloud.events.send(new PutTargetsCommand({ Rule: 'five-targets', Targets: [5, 6].map(target) })),
    ).rejects.toThrow(LimitExceededException);
    const { Targets = [] } = await cloud.events.send(new ListTargetsByRuleCommand({ Rule: 'five-targets' }));

    expect(Targets.map(({ Id }) => Id)).toEqual(['t1', 't2', 't3', 't4']);
  });

  // "Before you can delete the rule, you must remove all targets": https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteRule.html
  it('refuses to delete a rule while it has targets, and deletes it once they are removed', async () => {
    const queue = await createQueue(cloud, 'deleted-rule');
    await cloud.events.send(new PutRuleCommand({ Name: 'deleted', EventPattern: pattern }));
    await cloud.events.send(new PutTargetsCommand({ Rule: 'deleted', Targets: [{ Id: 'queue', Arn: queue.arn }] }));

    await expect(cloud.events.send(new DeleteRuleCommand({ Name: 'deleted' }))).rejects.toThrow(
      "Rule can't be deleted since it has targets.",
    );
    const removed = await cloud.events.send(new RemoveTargetsCommand({ Rule: 'deleted', Ids: ['queue', 'unknown'] }));
    await cloud.events.send(new DeleteRuleCommand({ Name: 'deleted' }));

    expect(removed.FailedEntries?.map((entry) => [entry.TargetId, entry.ErrorCode])).toEqual([
      ['unknown', 'ResourceNotFoundException'],
    ]);
    await expect(cloud.events.send(new DescribeRuleCommand({ Name: 'deleted' }))).rejects.toThrow(
      ResourceNotFoundException,
    );
  });
});
