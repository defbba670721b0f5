import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  orderEntry,
  putEvents,
  receiveBodies,
  ruleToQueue,
  startLocalEvents,
  stderrDuring,
  type LocalEvents,
} from './local-events.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('EventBridge delivery from rules to SQS targets', () => {
  let cloud: LocalEvents;

  beforeAll(async () => {
    cloud = await startLocalEvents();
    await cloud.events.send(new CreateEventBusCommand({ Name: 'commerce' }));
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
  it('delivers a matching event, before PutEvents answers, in the shape EventBridge sends with a UUID id', async () => {
    const queue = await ruleToQueue(cloud, {
      name: 'shape',
      bus: 'commerce',
      pattern: { 'detail-type': ['OrderPlaced'] },
    });

    const { FailedEntryCount, Entries = [] } = await putEvents(cloud, orderEntry({ EventBusName: 'commerce' }));
    const delivered = await receiveBodies(cloud, queue);

    expect(FailedEntryCount).toBe(0);
    expect(Entries[0]?.EventId).toMatch(UUID);
    expect(delivered).toEqual([
      {
        version: '0',
        id: Entries[0]?.EventId,
        'detail-type': 'OrderPlaced',
        source: 'commerce.orders',
        account: cloud.edge.accountId,
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        region: 'us-east-1',
        resources: [],
        detail: { orderId: 'o-1', total: 1200 },
      },
    ]);
  });

  it("stamps the event with the entry's Time to the second and passes its Resources", async () => {
    const queue = await ruleToQueue(cloud, { name: 'stamped', pattern: { 'detail-type': ['Stamped'] } });

    await putEvents(
      cloud,
      orderEntry({ DetailType: 'Stamped', Time: new Date('2026-11-23T03:07:11.456Z'), Resources: ['arn:aws:s3:::a'] }),
    );

    expect(await receiveBodies(cloud, queue)).toEqual([
      expect.objectContaining({ time: '2026-11-23T03:07:11Z', resources: ['arn:aws:s3:::a'] }),
    ]);
  });

  it('does not deliver an event the pattern does not match', async () => {
    const queue = await ruleToQueue(cloud, { name: 'cancelled-only', pattern: { 'detail-type': ['OrderCancelled'] } });

    await putEvents(cloud, orderEntry({ DetailType: 'OrderPlaced' }), orderEntry({ DetailType: 'OrderCancelled' }));

    expect(await receiveBodies(cloud, queue)).toEqual([expect.objectContaining({ 'detail-type': 'OrderCancelled' })]);
  });

  // The other bus is created first, so a lookup by prefix or substring, in either direction,
  // would find it before the bus the event names.
  it.each([
    ['commerce', 'commerce-dev'],
    ['commerce-dev', 'commerce'],
  ])('delivers an event put on %s to that bus only, not to %s', async (bus, otherBus) => {
    for (const name of [otherBus, bus]) await cloud.events.send(new DeleteEventBusCommand({ Name: name }));
    for (const name of [otherBus, bus]) await cloud.events.send(new CreateEventBusCommand({ Name: name }));
    const pattern = { 'detail-type': ['OrderPlaced'] };
    const onOtherBus = await ruleToQueue(cloud, { name: `exact-${bus}-other`, bus: otherBus, pattern });
    const onBus = await ruleToQueue(cloud, { name: `exact-${bus}`, bus, pattern });

    await putEvents(cloud, orderEntry({ EventBusName: bus }));

    expect(await receiveBodies(cloud, onBus)).toHaveLength(1);
    expect(await receiveBodies(cloud, onOtherBus)).toEqual([]);
  });

  it('finds the bus by its ARN as well as by its name', async () => {
    const queue = await ruleToQueue(cloud, { name: 'by-arn', bus: 'commerce', pattern: { 'detail-type': ['ByArn'] } });
    const busArn = `arn:aws:events:us-east-1:${cloud.edge.accountId}:event-bus/commerce`;

    await putEvents(cloud, orderEntry({ EventBusName: busArn, DetailType: 'ByArn' }));

    expect(await receiveBodies(cloud, queue)).toHaveLength(1);
  });

  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html (InputPath, Input)
  it("delivers only what the target's InputPath selects", async () => {
    const queue = await ruleToQueue(cloud, {
      name: 'input-path',
      pattern: { 'detail-type': ['Selected'] },
      input: { InputPath: '$.detail' },
    });

    await putEvents(cloud, orderEntry({ DetailType: 'Selected' }));

    expect(await receiveBodies(cloud, queue)).toEqual([{ orderId: 'o-1', total: 1200 }]);
  });

  it("delivers the target's constant Input text instead of the event", async () => {
    const queue = await ruleToQueue(cloud, {
      name: 'constant-input',
      pattern: { 'detail-type': ['Constant'] },
      input: { Input: '{"task":"rebuild-report"}' },
    });

    await putEvents(cloud, orderEntry({ DetailType: 'Constant' }));

    expect(await receiveBodies(cloud, queue)).toEqual([{ task: 'rebuild-report' }]);
  });

  it('does not deliver through a disabled rule', async () => {
    const pattern = { 'detail-type': ['Toggled'] };
    const disabled = await ruleToQueue(cloud, { name: 'disabled', pattern, state: 'DISABLED' });
    const enabled = await ruleToQueue(cloud, { name: 'enabled', pattern });

    await putEvents(cloud, orderEntry({ DetailType: 'Toggled' }));

    expect(await receiveBodies(cloud, enabled)).toHaveLength(1);
    expect(await receiveBodies(cloud, disabled)).toEqual([]);
  });

  it('matches the new pattern of a rule put again, and keeps its targets', async () => {
    const queue = await ruleToQueue(cloud, { name: 'repatterned', pattern: { 'detail-type': ['Before'] } });
    await cloud.events.send(
      new PutRuleCommand({ Name: 'repatterned', EventPattern: JSON.stringify({ 'detail-type': ['After'] }) }),
    );

    await putEvents(cloud, orderEntry({ DetailType: 'Before' }), orderEntry({ DetailType: 'After' }));

    expect(await receiveBodies(cloud, queue)).toEqual([expect.objectContaining({ 'detail-type': 'After' })]);
  });

  it('reports a target whose queue does not exist on stderr, and still answers and delivers to the others', async () => {
    const queue = await ruleToQueue(cloud, { name: 'half-broken', pattern: { 'detail-type': ['HalfBroken'] } });
    const missingQueueArn = `arn:aws:sqs:us-east-1:${cloud.edge.accountId}:no-such-queue`;
    await cloud.events.send(
      new PutTargetsCommand({ Rule: 'half-broken', Targets: [{ Id: 'gone', Arn: missingQueueArn }] }),
    );

    let answer: Awaited<ReturnType<typeof putEvents>> | undefined;
    const stderr = await stderrDuring(async () => {
      answer = await putEvents(cloud, orderEntry({ DetailType: 'HalfBroken' }));
    });

    expect(answer?.FailedEntryCount).toBe(0);
    expect(stderr).toContain(`event ${answer?.Entries?.[0]?.EventId} matched rule half-broken`);
    expect(stderr).toContain(`target gone (${missingQueueArn}): `);
    expect(await receiveBodies(cloud, queue)).toHaveLength(1);
  });
});
