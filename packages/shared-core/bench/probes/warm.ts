import { pathToFileURL } from 'node:url';
import { httpEvents, lambdaContext, sqsBatch } from '../fixtures/events.js';
import { report } from './report.js';

// usage: node warm.mjs <bundle.mjs> <http|sqs> <invocations> <batchSize>
// Warms the handler up (so the JIT has optimised it, as in a warm Lambda), then times the loop.
const [bundle, kind, invocationsArg, batchSizeArg] = process.argv.slice(2);
if (!bundle || (kind !== 'http' && kind !== 'sqs')) throw new Error('usage: warm.mjs <bundle> <http|sqs> <n> <batch>');
const invocations = Number(invocationsArg);
const batchSize = Number(batchSizeArg);

type Handler = (event: unknown, context: unknown) => Promise<unknown>;
const { handler } = (await import(pathToFileURL(bundle).href)) as { handler: Handler };

const events: unknown[] = kind === 'http' ? httpEvents() : [sqsBatch(batchSize)];

// A bench of error responses would measure the error path: refuse to time anything but success.
for (const event of events) {
  const result = (await handler(event, lambdaContext)) as { statusCode?: number; batchItemFailures?: unknown[] };
  const ok = kind === 'http' ? (result.statusCode ?? 500) < 300 : result.batchItemFailures?.length === 0;
  if (!ok) throw new Error(`${bundle} failed a bench invocation: ${JSON.stringify(result)}`);
}

const run = async (count: number): Promise<void> => {
  for (let index = 0; index < count; index += 1) await handler(events[index % events.length], lambdaContext);
};

await run(Math.max(1000, Math.floor(invocations / 4)));
const start = process.hrtime.bigint();
await run(invocations);
const elapsedNs = Number(process.hrtime.bigint() - start);

report({ nsPerInvocation: elapsedNs / invocations });
