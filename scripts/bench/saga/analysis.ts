import { busyShare, invocationCount, ordersPerSecond, PRODUCER, receiversOf, runMedian } from './level-figures.js';
import type { SagaBench } from './render-saga.js';

const share = (value: number) => `${Math.round(value * 100)} %`;

/**
 * The bottleneck, named from the run's own figures: of the receivers on the order's path, the one
 * busiest at the highest level. If it ran nearly all the time, it was a serial stage with orders
 * queued before it, and its run per order bounds throughput: the check is that the bound and the
 * measured rate agree. Receivers off the path (analytics, the trace) delay no order, but one
 * busier than the bottleneck is the next limit of the system as a whole.
 */
export const sagaAnalysis = (bench: SagaBench): string[] => {
  const first = bench.levels[0]!;
  const top = bench.levels[bench.levels.length - 1]!;
  const onPath = new Set(Object.values(PRODUCER));
  const receivers = receiversOf(top).filter((fn) => onPath.has(fn));
  if (receivers.length === 0) return ["No receiver on the order's path was reported: nothing to name."];
  const busiest = receivers.reduce((a, b) => (busyShare(top, b) > busyShare(top, a) ? b : a));
  const offPath = receiversOf(top).filter((fn) => !onPath.has(fn) && busyShare(top, fn) > busyShare(top, busiest));
  const runPerOrder = (level: typeof top) => (busyShare(level, busiest) * level.elapsedMs) / level.orders;
  const bound = 1000 / runPerOrder(top);
  const batches = invocationCount(top, busiest);
  return [
    `**Named: ${busiest}.** At ${top.concurrency} in flight it was running ${share(busyShare(top, busiest))} of the time:`,
    `${batches} invocations for ${top.orders} orders, about ${(top.orders / Math.max(1, batches)).toFixed(1)} records a batch and ${Math.round(runPerOrder(top))} ms`,
    `of run per order (median run per invocation ${Math.round(runMedian(top, busiest) ?? Number.NaN)} ms). A stage that takes`,
    `one order at a time in that long ends at most ${bound.toFixed(2)} orders/s; the system ended ${ordersPerSecond(top).toFixed(2)}.`,
    `With one order in flight its run per order was ${Math.round(runPerOrder(first))} ms.`,
    '',
    ...(offPath.length === 0
      ? []
      : [
          `Off the order's path, ${offPath.map((fn) => `${fn} (${share(busyShare(top, fn))})`).join(' and ')} ran even`,
          offPath.length === 1
            ? 'more of the time. It delays no order, but is the next limit: at a higher rate its queue grows,'
            : 'more of the time. They delay no order, but are the next limit: at a higher rate their queues grow,',
          'and what they feed (the dashboard, the traces) falls behind the orders.',
          '',
        ]),
    'Why it is serial here: the local cloud runs one poller per event source mapping, which delivers',
    "one batch at a time, and a receiver handles its batch's records one after another. Why its run",
    'per order grows with the load: every function, both emulators and the client share the cores',
    '(their busy share is in the first table), so each DynamoDB transaction and publish it makes takes',
    'longer. More orders in flight then add only waiting: latency grows with them while throughput',
    'stays at the bound.',
    '',
    'What carries over to AWS, and what does not. Lambda reads an SQS queue with several pollers at',
    'once (five to begin with, more as the queue grows, up to the function’s concurrency or the',
    'mapping’s maximum), so one poller’s serial stage is a local limit. What stays is the shape of the',
    'work: this bench orders one SKU on purpose, and every reservation of a SKU is a transaction on that',
    "SKU's stock item, so at a high rate a hot SKU serialises in DynamoDB instead (transaction",
    'conflicts, retried). Read the figures as ratios between levels, not as what AWS would sustain.',
  ];
};
