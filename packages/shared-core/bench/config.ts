/** The functions under test; each is compared with the bare handler of its kind. */
export const FIXTURES = {
  'bare-http': {
    entry: 'bench/fixtures/bare-http.ts',
    kind: 'http',
    baseline: 'bare-http',
    title: 'bare HTTP handler',
  },
  'middy-http': { entry: 'bench/fixtures/middy-http.ts', kind: 'http', baseline: 'bare-http', title: 'plain middy' },
  router: { entry: 'bench/fixtures/router.ts', kind: 'http', baseline: 'bare-http', title: 'createRouter' },
  'bare-sqs': {
    entry: 'bench/fixtures/bare-sqs.ts',
    kind: 'sqs',
    baseline: 'bare-sqs',
    title: 'bare SQS batch handler',
  },
  receiver: { entry: 'bench/fixtures/receiver.ts', kind: 'sqs', baseline: 'bare-sqs', title: 'createReceiver' },
} as const satisfies Record<string, { entry: string; kind: 'http' | 'sqs'; baseline: string; title: string }>;

export type FixtureName = keyof typeof FIXTURES;

const fromEnv = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
};

/** Defaults sized so the whole run stays well under three minutes on two shared cores. */
export const readSettings = () => ({
  /** Fresh processes per function for the cold-load numbers. */
  rounds: fromEnv('BENCH_ROUNDS', 15),
  /** Timed HTTP invocations per warm process (after a warm-up of a quarter as many, at least 1000). */
  httpInvocations: fromEnv('BENCH_HTTP_INVOCATIONS', 20_000),
  /** Timed SQS batches per warm process. */
  sqsBatches: fromEnv('BENCH_SQS_BATCHES', 5_000),
  batchSize: fromEnv('BENCH_BATCH_SIZE', 10),
  /** Warm processes per function. */
  repeats: fromEnv('BENCH_REPEATS', 5),
});

export type Settings = ReturnType<typeof readSettings>;
