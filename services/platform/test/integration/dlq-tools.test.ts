import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { deadLetterQueues, findDeadLetterQueue } from '../../scripts/dlq/dead-letter-queues.js';
import { redrive } from '../../scripts/dlq/redrive.js';
import { showDeadLetters } from '../../scripts/dlq/show.js';
import { confirmedPlaced } from '../helpers/catalog-sagas.js';

const serviceDir = fileURLToPath(new URL('../..', import.meta.url));

/** A receiver's queue and DLQ as every serverless.yml declares them, here with maxReceiveCount 1. */
describe('the DLQ tools on the local cloud', () => {
  let edge: Edge;
  let sqs: SQSClient;
  let sourceUrl: string;

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    sqs = new SQSClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    const dlq = await sqs.send(new CreateQueueCommand({ QueueName: 'payments-local-charge-dlq' }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    ({ QueueUrl: sourceUrl = '' } = await sqs.send(
      new CreateQueueCommand({
        QueueName: 'payments-local-charge',
        Attributes: {
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: Attributes?.QueueArn, maxReceiveCount: 1 }),
        },
      }),
    ));
    await sqs.send(new CreateQueueCommand({ QueueName: 'orders-staging-payment-outcome-dlq' }));
  });

  afterAll(async () => {
    sqs?.destroy();
    await edge?.stop();
  });

  /** Sends the bodies to the source queue and fails them past maxReceiveCount, as a consumer would. */
  const deadLetter = async (...bodies: string[]) => {
    for (const body of bodies) await sqs.send(new SendMessageCommand({ QueueUrl: sourceUrl, MessageBody: body }));
    for (let round = 0; round < 3; round += 1) {
      await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: sourceUrl,
          MaxNumberOfMessages: 10,
          VisibilityTimeout: 0,
          WaitTimeSeconds: 0,
        }),
      );
    }
  };

  const sourceDepth = async () => {
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: sourceUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
    );
    return Number(Attributes?.ApproximateNumberOfMessages);
  };

  it('lists every DLQ of a stage with what waits in it and the queue that feeds it, then shows why each message is there, then redrives them', async () => {
    const placed = confirmedPlaced();
    const unknownVersion = { ...placed, version: 9 };
    // As SNS delivers it: the envelope (with its card token) a string inside the notification.
    const notification = {
      Type: 'Notification',
      TopicArn: 'arn:aws:sns:us-east-1:000000000000:orders-local-events',
      Message: JSON.stringify(placed),
    };
    await deadLetter(JSON.stringify(notification), JSON.stringify(unknownVersion), 'not json at all');

    const depths = await deadLetterQueues(sqs, { stage: 'local' });
    const letters = await showDeadLetters(sqs, (await findDeadLetterQueue(sqs, 'payments-local-charge-dlq')).url, {
      max: 10,
    });
    const result = await redrive(sqs, depths[0]!.arn, { pollMs: 100 });

    expect(depths).toEqual([
      expect.objectContaining({ name: 'payments-local-charge-dlq', waiting: 3, sources: ['payments-local-charge'] }),
    ]);
    expect(letters.map((letter) => [letter.diagnosis.poison, letter.diagnosis.reason]).sort()).toEqual([
      [false, expect.stringMatching(/^a valid OrderPlaced v1 that its consumer failed on/)],
      [true, 'OrderPlaced v9 is not in the catalog'],
      [true, 'SQS message body is not JSON'],
    ]);
    // Each was received once (maxReceiveCount 1) before SQS moved it: the count it carries.
    expect(letters.map((letter) => letter.receiveCount)).toEqual([1, 1, 1]);
    expect(letters.find((letter) => !letter.diagnosis.poison)?.diagnosis.event).toEqual({
      id: placed.id,
      type: 'OrderPlaced',
      version: 1,
      correlationId: placed.correlationId,
    });
    expect(letters.find((letter) => !letter.diagnosis.poison)?.body).not.toContain(
      (placed.data as { paymentToken: string }).paymentToken,
    );
    expect(result).toEqual({ status: 'COMPLETED', moved: 3 });
    expect(await sourceDepth()).toBe(3);
    expect((await deadLetterQueues(sqs, { stage: 'local' }))[0]).toMatchObject({ waiting: 0 });
  }, 30_000);

  it('names the DLQs there are when asked for one that is not', async () => {
    await expect(findDeadLetterQueue(sqs, 'payments-local-refund-dlq')).rejects.toThrow(
      /No dead-letter queue named payments-local-refund-dlq\. There are: .*payments-local-charge-dlq/,
    );
  });

  it('answers `pnpm dlq depths --local --json` from the command line', async () => {
    const { stdout } = await promisify(execFile)(
      'pnpm',
      ['exec', 'tsx', 'scripts/dlq.ts', 'depths', '--local', '--json'],
      {
        cwd: serviceDir,
        env: { ...process.env, LOCAL_CLOUD_PORT: new URL(edge.url).port },
      },
    );

    expect((JSON.parse(stdout) as { name: string }[]).map((queue) => queue.name).sort()).toEqual([
      'orders-staging-payment-outcome-dlq',
      'payments-local-charge-dlq',
    ]);
    // A child process that starts tsx: seconds on a loaded CI machine.
  }, 60_000);
});
