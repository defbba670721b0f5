import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS } from '@commerce/local-cloud/testing';
import { asRunnable, docExamples, documentedUrls } from './doc-examples.js';
import { depthOf, queuePair, sendEach, setVisibility } from '../reliability/fuzz/dead-letters.js';
import { startSagaSystem, type SagaSystem } from './saga-system.js';

/**
 * The examples of the README and the troubleshooting page, run as written against a system
 * started as `pnpm dev` starts it: only the documented ports are swapped for the free ones the
 * system got, and `<orderId>`, `<correlationId>` for what the earlier commands printed.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = join(root, 'README.md');
const troubleshooting = join(root, 'docs', 'troubleshooting.md');
const run = promisify(execFile);

describe('the examples in the docs', () => {
  let saga: SagaSystem;
  let runCommand: (command: string) => Promise<string>;
  const values = new Map<string, string>();

  beforeAll(async () => {
    saga = await startSagaSystem();
    const urls = new Map(
      [...documentedUrls(readme)].map(([service, documented]) => [
        service,
        { documented, running: saga.system.urls.get(service)! },
      ]),
    );
    const env = { ...process.env, LOCAL_CLOUD_PORT: new URL(saga.system.edge.url).port };
    runCommand = async (command) => {
      const { stdout } = await run('bash', ['-c', asRunnable(command, urls, values)], {
        cwd: root,
        env,
        timeout: 60_000,
      });
      return stdout;
    };
  }, 1_200_000);

  afterAll(async () => {
    await saga?.stop();
  }, 60_000);

  /** What a JSON answer printed, failing on an error answer (problem details carry a numeric status). */
  const answer = (stdout: string): Record<string, unknown> => {
    const body = JSON.parse(stdout) as Record<string, unknown>;
    expect(typeof body['status'] === 'number' ? body : 'not a problem').toBe('not a problem');
    return body;
  };

  it('documents a port for every service the system runs', () => {
    expect([...documentedUrls(readme).keys()].sort()).toEqual([...saga.system.urls.keys()].sort());
  });

  it("places an order as the README shows and reads it through every service's API", async () => {
    const [example] = docExamples(readme);
    expect(example?.commands[0]).toMatch(/^curl -s -X POST .*\/orders /);
    const [place, ...reads] = example!.commands;

    const placed = answer(await runCommand(place!));
    values.set('orderId', String(placed['orderId']));
    const settled = await saga.settledOrder(values.get('orderId')!, 120_000);
    expect(settled.status).toBe('CONFIRMED');
    values.set('correlationId', settled.correlationId);
    // The trace is written by platform's own receiver: wait until it holds the saga's ending.
    await saga.eventually(
      () => saga.trace(settled.correlationId),
      ({ body }) => body.events.some((event) => event.type === 'OrderConfirmed'),
    );

    const bodies = [];
    for (const command of reads) bodies.push(answer(await runCommand(command)));
    expect(bodies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ orderId: values.get('orderId'), status: 'CONFIRMED' }),
        expect.objectContaining({ orderId: values.get('orderId'), status: 'SUCCEEDED' }),
        expect.objectContaining({ sku: 'MUG-11OZ' }),
        expect.objectContaining({ correlationId: values.get('correlationId') }),
      ]),
    );
  }, 300_000);

  it("follows the order's saga as the troubleshooting page shows", async () => {
    const example = docExamples(troubleshooting).find(({ name }) => name === 'trace-an-order')!;

    const [order, trace] = await Promise.all(example.commands.map((command) => runCommand(command)));
    expect(answer(order!)).toMatchObject({ correlationId: values.get('correlationId') });
    expect((answer(trace!)['events'] as { type: string }[]).map((event) => event.type)).toEqual(
      expect.arrayContaining(['OrderPlaced', 'InventoryReserved', 'PaymentSucceeded', 'OrderConfirmed']),
    );
  }, 60_000);

  it('finds a dead letter, says why it is there, and redrives it, as the troubleshooting page shows', async () => {
    // A real dead letter: a message that is not an event, failed by orders' receiver until SQS moves
    // it to the DLQ (a redrive only returns messages SQS itself moved). The queue hides a failed
    // message for 1 s meanwhile instead of 90, then gets its timeout back before the redrive.
    const { edge } = saga.system;
    const sqs = new SQSClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    const queue = await queuePair(sqs, 'orders-local-payment-outcome');
    await setVisibility(sqs, queue, 1);
    await sendEach(sqs, queue, ['not an event']);
    await saga.eventually(
      () => depthOf(sqs, queue.dlqUrl),
      (depth) => depth === 1,
      90_000,
    );
    await setVisibility(sqs, queue, queue.visibilityTimeout);
    sqs.destroy();
    const examples = docExamples(troubleshooting);
    const [depths, show] = examples.find(({ name }) => name === 'dead-letter-queues')!.commands;
    const [redrive] = examples.find(({ name }) => name === 'redrive')!.commands;

    expect(await runCommand(depths!)).toMatch(
      /^\s+1 {2}orders-local-payment-outcome-dlq {2}<- orders-local-payment-outcome$/m,
    );
    expect(await runCommand(show!)).toMatch(/POISON/);
    expect(await runCommand(redrive!)).toMatch(/COMPLETED, 1 moved back to orders-local-payment-outcome/);
    expect(await runCommand(depths!)).toMatch(/^\s+0 {2}orders-local-payment-outcome-dlq/m);
  }, 180_000);
});
