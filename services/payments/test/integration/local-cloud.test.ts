import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createDeclaredTable, LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { createLogger } from '@commerce/shared-core/logging';
import type { Payment } from '../../src/domain/payment.js';
import { createChargeQueue } from '../../src/store/charge-queue.js';
import { createPaymentsTable } from '../../src/store/payments-table.js';

/** The payments table (as resources/tables.yml declares it) and a charge queue, on the local cloud. */
describe('payments on the local cloud', () => {
  let edge: Edge;
  let dynamo: DynamoDBClient;
  let sqs: SQSClient;
  const tableName = 'payments-local-payments';
  const resourcesFile = fileURLToPath(new URL('../../resources/tables.yml', import.meta.url));

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    const config = { endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS };
    dynamo = new DynamoDBClient(config);
    sqs = new SQSClient(config);
    await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'PaymentsTable', tableName });
  });

  afterAll(async () => {
    dynamo?.destroy();
    sqs?.destroy();
    await edge?.stop();
  });

  const table = () => createPaymentsTable({ tableName, client: DynamoDBDocumentClient.from(dynamo) });
  const pending = (orderId: string): Payment => ({
    orderId,
    paymentId: '00000000-0000-4000-8000-000000000001',
    amount: 5248,
    currency: 'EUR',
    status: 'PENDING',
    attempts: [],
  });
  const attempt = (n: number, outcome: 'SUCCEEDED' | 'TRANSIENT_ERROR') => ({
    attempt: { attempt: n, at: '2026-11-22T10:00:00.000Z', outcome },
    ...(outcome === 'SUCCEEDED' && {
      settle: { status: 'SUCCEEDED' as const, outcome: { id: 'e-1', time: '2026-11-22T10:00:00.000Z' } },
    }),
  });

  it('creates a payment once, however many deliveries try', async () => {
    const payments = table();

    const results = await Promise.all([1, 2, 3].map(() => payments.create(pending('order-create'))));

    expect(results.sort()).toEqual(['created', 'exists', 'exists']);
  });

  it('records attempt n once when two deliveries race, and nothing after the payment settled', async () => {
    const payments = table();
    await payments.create(pending('order-race'));

    const racing = await Promise.all([
      payments.recordAttempt('order-race', attempt(1, 'TRANSIENT_ERROR')),
      payments.recordAttempt('order-race', attempt(1, 'TRANSIENT_ERROR')),
    ]);
    const settled = await payments.recordAttempt('order-race', attempt(2, 'SUCCEEDED'));
    const late = await payments.recordAttempt('order-race', attempt(3, 'SUCCEEDED'));

    expect(racing.sort()).toEqual(['conflict', 'recorded']);
    expect([settled, late]).toEqual(['recorded', 'conflict']);
    expect(await payments.get('order-race')).toMatchObject({
      status: 'SUCCEEDED',
      outcome: { id: 'e-1' },
      attempts: [{ attempt: 1 }, { attempt: 2, outcome: 'SUCCEEDED' }],
    });
  });

  it('brings a hidden message back after the backoff, not after the queue visibility timeout', async () => {
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: 'payments-local-charge', Attributes: { VisibilityTimeout: '90' } }),
    );
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'charge me' }));
    const receive = (WaitTimeSeconds: number) =>
      sqs.send(
        // Both spellings: SQS reads MessageSystemAttributeNames, local-aws-sqs the older AttributeNames.
        new ReceiveMessageCommand({
          QueueUrl,
          WaitTimeSeconds,
          AttributeNames: ['All'],
          MessageSystemAttributeNames: ['All'],
        }),
      );
    const [first] = (await receive(0)).Messages ?? [];

    await createChargeQueue({ queueUrl: QueueUrl!, client: sqs }).hide(
      first!.ReceiptHandle!,
      1,
      createLogger({ service: 'payments', level: 'silent' }),
    );

    expect((await receive(0)).Messages ?? []).toEqual([]);
    const [again] = (await receive(5)).Messages ?? [];
    expect(again?.Body).toBe('charge me');
  });

  it('never throws when the queue refuses the change: the visibility timeout still brings it back', async () => {
    const queue = createChargeQueue({ queueUrl: `${edge.url}/${edge.accountId}/no-such-queue`, client: sqs });
    const warnings: string[] = [];
    const log = { warn: (_fields: unknown, message: string) => void warnings.push(message) } as never;

    await expect(queue.hide('handle', 1, log)).resolves.toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('visibility timeout applies')]);
  });
});
