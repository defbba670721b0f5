import {
  busyShare,
  hopMedians,
  ordersPerSecond,
  p,
  receiversOf,
  runMedian,
  type LevelFigures,
} from './level-figures.js';
import { markdownTable as table } from '../markdown-table.js';

export interface SagaBench {
  date: string;
  machine: string;
  levels: LevelFigures[];
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${Math.round(value)}`);
const percent = (share: number | undefined) => (share === undefined ? 'n/a' : `${Math.round(share * 100)} %`);

/** The hop with the largest p50 at the highest concurrency, with what it is made of. */
export const slowestHop = (bench: SagaBench) => {
  const top = bench.levels[bench.levels.length - 1]!;
  const first = bench.levels[0]!;
  const hops = hopMedians(top);
  const slowest = hops.reduce((a, b) => (b.ms > a.ms ? b : a));
  const run = slowest.producer ? runMedian(top, slowest.producer) : undefined;
  const before = hopMedians(first).find((hop) => hop.name === slowest.name)?.ms;
  return { level: top, slowest, run, before, share: slowest.ms / hops.reduce((sum, hop) => sum + hop.ms, 0) };
};

const throughputSection = (bench: SagaBench) =>
  table(
    ['orders in flight', 'orders', 'orders/s', 'p50, ms', 'p95, ms', 'p99, ms', 'cores busy', 'failures seen'],
    bench.levels.map((level) => [
      String(level.concurrency),
      String(level.orders),
      ordersPerSecond(level).toFixed(2),
      ms(p(level.latenciesMs, 50)),
      ms(p(level.latenciesMs, 95)),
      ms(p(level.latenciesMs, 99)),
      percent(level.cpuBusy),
      String(level.failures?.length ?? 0),
    ]),
  );

/** Every failure reported during the levels: what explains a latency far above the rest. */
const failuresSection = (bench: SagaBench) => {
  const seen = bench.levels.flatMap((level) =>
    (level.failures ?? []).map((failure) => `- ${level.concurrency} in flight: \`${failure.replaceAll('`', "'")}\``),
  );
  return seen.length === 0
    ? ['No function logged an error and no batch failed during the levels.']
    : [
        'A failed delivery returns to its queue only when its visibility timeout (90 s for every saga queue)',
        'ends, so one failure is a p99 of 90 s. Reported during the levels:',
        '',
        ...seen.slice(0, 10),
        ...(seen.length > 10 ? [`- and ${seen.length - 10} more (artifacts/saga-bench.json)`] : []),
      ];
};

const hopsSection = (bench: SagaBench) => {
  const names = hopMedians(bench.levels[0]!).map((hop) => hop);
  return table(
    ['step (p50, ms)', 'run by', ...bench.levels.map((level) => `${level.concurrency} in flight`)],
    names.map(({ name, producer }) => [
      name,
      producer ?? 'n/a',
      ...bench.levels.map((level) => {
        const hop = hopMedians(level).find((entry) => entry.name === name)?.ms;
        const run = producer ? runMedian(level, producer) : undefined;
        return `${ms(hop)} (run ${ms(run)})`;
      }),
    ]),
  );
};

const busySection = (bench: SagaBench) => {
  const top = bench.levels[bench.levels.length - 1]!;
  return table(
    ['receiver (share of the time running)', ...bench.levels.map((level) => `${level.concurrency} in flight`)],
    receiversOf(top).map((fn) => [fn, ...bench.levels.map((level) => percent(busyShare(level, fn)))]),
  );
};

/**
 * docs/saga-throughput.md from one `pnpm bench:saga` run: orders/s and POST-to-end latency at each
 * concurrency, each step of the saga split into its consumer's run and the wait before it, and the
 * bottleneck named from those figures.
 */
export const renderSagaBench = (bench: SagaBench, analysis: readonly string[]): string => {
  const { level, slowest, run, before, share } = slowestHop(bench);
  return [
    '# Saga throughput and latency',
    '',
    `Written by \`pnpm bench:saga\` on ${bench.date} (${bench.machine}). Do not edit by hand.`,
    '',
    'The whole system as `pnpm dev` runs it (sls package, stacks on the local cloud, sls offline,',
    'event source mappings) on one machine. A closed loop at each level: that many clients each place',
    'an order (one line, paid by `tok_ok`) and wait for the saga to end it before placing the next, so',
    'exactly that many orders are in flight. Orders/s is orders ended over the time the level ran.',
    "Latency runs from the client's POST to the order's ending event (OrderConfirmed), as the platform's",
    'trace times it. Percentiles are nearest-rank: with a few dozen orders, p99 is about the slowest.',
    '',
    '## Throughput and latency',
    '',
    ...throughputSection(bench),
    '',
    ...failuresSection(bench),
    '',
    '## Where the time goes',
    '',
    "Each step of an order's path, from the event that caused it to the event its consumer published,",
    "timed by the events' own times, with the median run of the function that took that step (as",
    '`sls offline` timed its invocations in the same level). What a step takes beyond its run is',
    'delivery: the topic or bus, the queue, and the wait for a poller and a free worker.',
    '',
    ...hopsSection(bench),
    '',
    'Each receiver is fed by one poller that delivers one batch at a time (as the local cloud runs',
    "event source mappings), so the share of a level's time it spent running says how close it came",
    'to being a queue that never empties:',
    '',
    ...busySection(bench),
    '',
    '## The bottleneck',
    '',
    `At ${level.concurrency} orders in flight the slowest step is **${slowest.name}** (${slowest.producer ?? 'n/a'}):`,
    `p50 ${ms(slowest.ms)} ms, ${Math.round(share * 100)} % of the path, of which the function's own run is ${ms(run)} ms and`,
    `the rest, ${ms(run === undefined ? undefined : slowest.ms - run)} ms, is waiting to be delivered. With one order in flight it took ${ms(before)} ms.`,
    `The machine's cores were ${percent(level.cpuBusy)} busy.`,
    '',
    ...analysis,
    '',
  ].join('\n');
};
