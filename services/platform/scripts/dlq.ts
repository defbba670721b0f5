/**
 * The operators' DLQ tools, for every service's dead-letter queues, locally or on AWS:
 *
 *   pnpm dlq depths [--stage <s>]          every DLQ, its depth and the queues that feed it
 *   pnpm dlq show <dlq-name> [--max <n>]   its messages and why each is there (without taking them)
 *   pnpm dlq redrive <dlq-name>            moves its messages back to their source queues
 *
 * `--local` talks to the local cloud (`pnpm dev`, http://127.0.0.1:4566 or LOCAL_CLOUD_PORT);
 * otherwise the AWS SDK's usual configuration applies (AWS_PROFILE, AWS_REGION, credentials).
 * `--json` prints JSON instead of text. Exit code 1 on a usage error or a failed redrive.
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { parseArgs } from 'node:util';
import { deadLetterQueues, findDeadLetterQueue } from './dlq/dead-letter-queues.js';
import { redrive } from './dlq/redrive.js';
import { showDeadLetters } from './dlq/show.js';

const usage = 'usage: pnpm dlq <depths|show|redrive> [dlq-name] [--stage <s>] [--max <n>] [--local] [--json]';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    stage: { type: 'string' },
    max: { type: 'string', default: '5' },
    local: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const [command, queueName] = positionals;

const sqs = options.local
  ? new SQSClient({
      endpoint: `http://127.0.0.1:${process.env['LOCAL_CLOUD_PORT'] ?? 4566}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    })
  : new SQSClient({});

const print = (text: string, json: unknown) => console.log(options.json ? JSON.stringify(json, null, 2) : text);

const needQueueName = (): string => {
  if (!queueName) throw new UsageError(`${command} needs the DLQ's name (see pnpm dlq depths)\n${usage}`);
  return queueName;
};

class UsageError extends Error {}

const commands: Record<string, () => Promise<number>> = {
  async depths() {
    const queues = await deadLetterQueues(sqs, { stage: options.stage });
    const lines = queues.map(
      (queue) =>
        `${String(queue.waiting).padStart(6)}  ${queue.name}  <- ${queue.sources.join(', ') || '(no source queue)'}`,
    );
    print(['waiting  dead-letter queue  <- fed by', ...lines].join('\n'), queues);
    return 0;
  },
  async show() {
    const queue = await findDeadLetterQueue(sqs, needQueueName());
    const max = Number(options.max);
    if (!Number.isInteger(max) || max < 1) throw new UsageError(`--max must be a whole number above 0\n${usage}`);
    const letters = await showDeadLetters(sqs, queue.url, { max });
    const text = letters.map((letter) =>
      [
        `message ${letter.messageId}  received ${letter.receiveCount}x, first at ${letter.firstReceivedAt ?? '?'}`,
        letter.diagnosis.event &&
          `  event   ${letter.diagnosis.event.type} v${letter.diagnosis.event.version} ${letter.diagnosis.event.id} (correlation ${letter.diagnosis.event.correlationId})`,
        `  ${letter.diagnosis.poison ? 'POISON' : 'failed'}  ${letter.diagnosis.reason}`,
        `  body    ${letter.body.length > 400 ? `${letter.body.slice(0, 400)}…` : letter.body}`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
    print(text.join('\n\n') || `${queue.name} is empty`, letters);
    return 0;
  },
  async redrive() {
    const queue = await findDeadLetterQueue(sqs, needQueueName());
    const result = await redrive(sqs, queue.arn);
    print(
      `${queue.name}: ${result.status}, ${result.moved} moved back to ${queue.sources.join(', ')}${result.failureReason ? ` (${result.failureReason})` : ''}`,
      { queue: queue.name, sources: queue.sources, ...result },
    );
    return result.status === 'COMPLETED' ? 0 : 1;
  },
};

const run = commands[command ?? ''];
try {
  if (!run) throw new UsageError(usage);
  process.exitCode = await run();
} catch (error) {
  console.error(error instanceof UsageError ? error.message : `dlq ${command}: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  sqs.destroy();
}
