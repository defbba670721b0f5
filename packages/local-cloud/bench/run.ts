/**
 * `pnpm --filter @commerce/local-cloud bench`: how fast the local cloud carries messages, written
 * to bench/RESULTS.md. Runs the system test's two throwaway services (ping, pong) through the real
 * runner on free ports, so it measures what `pnpm dev` runs: sls package, sls offline, the event
 * source mappings. Message rates are set against SQS alone through the same edge, measured in the
 * same run, because these machines are noisy and only ratios travel.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { freeServicePorts } from '../src/runner/free-ports.js';
import { silentProgress } from '../src/runner/progress.js';
import { startSystem } from '../src/runner/start-system.js';
import { clientsFor, eventBridgeToLambda, snsToLambda, sqsBaseline } from './throughput.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const MESSAGES = 300;
const ROUNDS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const started = performance.now();
const system = await startSystem({
  root: fileURLToPath(new URL('../test/fixtures/system', import.meta.url)),
  stage: 'local',
  edgePort: 0,
  ports: await freeServicePorts(['ping', 'pong']),
  progress: silentProgress,
});
const readySeconds = (performance.now() - started) / 1000;
const clients = clientsFor(system.edge);
try {
  const rates = { sqs: [] as number[], sns: [] as number[], eventBridge: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    rates.sqs.push(await sqsBaseline(clients, MESSAGES));
    rates.sns.push(await snsToLambda(clients, system.edge, MESSAGES));
    rates.eventBridge.push(await eventBridgeToLambda(clients, MESSAGES));
  }
  const baseline = median(rates.sqs);
  const row = (path: string, rate: number) => `| ${path} | ${rate.toFixed(0)} | ${(rate / baseline).toFixed(2)} |`;
  const report = [
    '# local-cloud benchmark',
    '',
    `Written by \`pnpm --filter @commerce/local-cloud bench\`: ${MESSAGES} messages per path, median of ${ROUNDS} rounds,`,
    "on the system test's two throwaway services. Rates vary with the machine; the ratio to SQS alone,",
    'measured in the same run, is what to compare between runs.',
    '',
    '| path | messages/s | × SQS alone |',
    '| --- | ---: | ---: |',
    row('SQS alone: SendMessageBatch, ReceiveMessage, DeleteMessageBatch (baseline)', baseline),
    row('SNS PublishBatch → SQS → event source mapping → sls offline receiver → DynamoDB', median(rates.sns)),
    row(
      'EventBridge PutEvents → rule → SQS → event source mapping → sls offline receiver → DynamoDB',
      median(rates.eventBridge),
    ),
    '',
    `Ready: ${readySeconds.toFixed(1)} s from start to both services answering (edge, 2 × sls package,`,
    '2 × sls offline, resources, pollers), the same steps `pnpm dev` takes for each service.',
    '',
  ].join('\n');
  // Formatted by the project's prettier, so a fresh RESULTS.md passes format:check.
  const file = fileURLToPath(new URL('RESULTS.md', import.meta.url));
  const formatted = await format(report, { ...(await resolveConfig(file)), filepath: file });
  writeFileSync(file, formatted);
  process.stdout.write(formatted);
} finally {
  Object.values(clients).forEach((client) => client.destroy());
  await system.stop();
}
