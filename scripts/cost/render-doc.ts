/** docs/cost-model.md from one run's counts: tables are computed, the prose around them is fixed. */
import type { PhaseCounts, OrderUsage } from './counts.js';
import { PRICE_REGION, PRICES, PRICES_AS_OF, type PriceName } from './price-table.js';
import { priceUsage, scaleUsage, totalUsd, withDirectTargets, type Usage } from './pricing.js';
import { batchingNotes } from './batching-notes.js';
import { lambdaTable } from './lambda-table.js';
import { methodNotes } from './method-notes.js';

export interface CostRun {
  readonly date: string;
  readonly ordersPerOutcome: number;
  readonly usage: ReadonlyMap<string, OrderUsage>;
  readonly memory: ReadonlyMap<string, number>;
  readonly items: readonly number[];
  readonly mappings: number;
  readonly edgeRows: ReadonlyMap<string, PhaseCounts>;
}

const MILLION = 1_000_000;
// Lambda's SQS pollers long-poll 20 s each; an idle mapping is assumed to keep five of them busy.
const IDLE_RECEIVES_PER_MAPPING_MONTH = 5 * 3 * 60 * 24 * 30;

const usd = (value: number): string => `$${value.toFixed(2)}`;
const num = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(3));
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const header = (cells: readonly string[]): string[] => [row(cells), row(cells.map(() => '---'))];

const perMillion = (usage: Usage) => priceUsage(scaleUsage(usage, MILLION));

const countsTable = (run: CostRun): string[] => {
  const outcomes = [...run.usage.keys()];
  const names = Object.keys(run.usage.get(outcomes[0] ?? '')?.counts ?? {});
  return [
    ...header(['per order', ...outcomes]),
    ...names.map((name) => row([name, ...outcomes.map((outcome) => num(run.usage.get(outcome)?.counts[name] ?? 0))])),
    row([
      'SQS ReceiveMessage that found nothing (local 2 s polls; not priced)',
      ...outcomes.map((outcome) => num(run.usage.get(outcome)?.emptyReceives ?? 0)),
    ]),
  ];
};

const priceTable = (run: CostRun): string[] => {
  const outcomes = [...run.usage.keys()];
  const priced = outcomes.map((outcome) => {
    const { usage, queued } = run.usage.get(outcome) as OrderUsage;
    return { sqs: perMillion(usage), direct: perMillion(withDirectTargets(usage, queued)) };
  });
  const names = Object.keys(PRICES) as PriceName[];
  const cost = (items: ReturnType<typeof perMillion>, name: PriceName) =>
    usd(items.find((item) => item.price === name)?.usd ?? 0);
  return [
    ...header(['per 1M orders', ...outcomes.flatMap((outcome) => [`${outcome}: via SQS`, `${outcome}: direct`])]),
    ...names.map((name) =>
      row([
        `${PRICES[name].service}: ${PRICES[name].unit}`,
        ...priced.flatMap(({ sqs, direct }) => [cost(sqs, name), cost(direct, name)]),
      ]),
    ),
    row([
      '**total**',
      ...priced.flatMap(({ sqs, direct }) => [`**${usd(totalUsd(sqs))}**`, `**${usd(totalUsd(direct))}**`]),
    ]),
  ];
};

const verdict = (run: CostRun): string[] =>
  [...run.usage].map(([outcome, { usage, queued }]) => {
    const sqs = totalUsd(perMillion(usage));
    const direct = totalUsd(perMillion(withDirectTargets(usage, queued)));
    const sqsRequests = (queued.messagesDelivered + queued.pollerRequests) * MILLION;
    const saved = (queued.receiverInvocations - queued.messagesDelivered) * MILLION;
    return (
      `- **${outcome}**: via SQS ${usd(sqs)}, direct ${usd(direct)} per 1M orders (${sqs >= direct ? 'SQS costs' : 'direct costs'} ` +
      `${usd(Math.abs(sqs - direct))} more, ${((Math.abs(sqs - direct) / Math.min(sqs, direct)) * 100).toFixed(0)} %). ` +
      `SQS adds ${num(sqsRequests / MILLION)} requests per order (send, receive, delete); its batches held ` +
      `${(queued.messagesDelivered / queued.receiverInvocations).toFixed(2)} records on average and saved ` +
      `${num(-saved / MILLION)} invocations per order.`
    );
  });

const priceList = (): string[] => [
  ...header(['price', 'USD', 'per', 'source']),
  ...Object.values(PRICES).map((price) =>
    row([`${price.service}: ${price.unit}`, String(price.usd), String(price.per), price.source]),
  ),
];

const edgeAppendix = (run: CostRun): string[] =>
  [...run.edgeRows].flatMap(([outcome, { orders, rows }]) => [
    '',
    `**${outcome}** (${orders} orders; totals, not per order)`,
    '',
    ...header(['service', 'action', 'caller', 'requests', 'entries', '64 KB chunks', 'largest body (bytes)']),
    ...[...rows]
      .sort((a, b) => `${a.service}${a.action}${a.caller}`.localeCompare(`${b.service}${b.action}${b.caller}`))
      .map((entry) =>
        row([
          entry.service,
          entry.action,
          entry.caller,
          ...[entry.requests, entry.entries, entry.chunks, entry.maxBodyBytes].map(String),
        ]),
      ),
  ]);

export const renderCostModel = (run: CostRun): string => {
  const idleMonthly = (run.mappings * IDLE_RECEIVES_PER_MAPPING_MONTH * PRICES.sqsRequest.usd) / PRICES.sqsRequest.per;
  return [
    '# Cost model: what one order costs on AWS',
    '',
    `Generated by \`pnpm cost:model\` on ${run.date} from a real run on the local cloud: ${run.ordersPerOutcome} orders`,
    'of each saga outcome, one outcome at a time, counted from a clean meter until the system was quiet.',
    'Do not edit by hand; run the script again. Prices: ' + `${PRICE_REGION}, ${PRICES_AS_OF}.`,
    '',
    '## Counted per order',
    '',
    ...countsTable(run),
    '',
    'Lambda per function: invocations per order × mean billed duration (measured under `sls offline`).',
    '',
    ...lambdaTable(run.edgeRows),
    '',
    '## Priced per 1M orders: via SQS (as built) and with direct Lambda targets',
    '',
    ...priceTable(run),
    '',
    ...verdict(run),
    '',
    `Fixed, whatever the orders: Lambda's pollers keep long-polling each of the ${run.mappings} SQS event source mappings`,
    `(assumed 5 pollers × one 20 s ReceiveMessage each = ${IDLE_RECEIVES_PER_MAPPING_MONTH.toLocaleString('en-US')}`,
    `requests per mapping per 30-day month), about **${usd(idleMonthly)} per month** for all of them. Direct targets have no such cost.`,
    '',
    ...methodNotes(
      run.items,
      run.memory,
      [...run.edgeRows.values()].flatMap(({ rows }) => rows).reduce((sum, r) => sum + r.chunks - r.requests, 0),
    ),
    '',
    ...batchingNotes(),
    '',
    '## Price table',
    '',
    ...priceList(),
    '',
    '## Appendix: the edge meter, per outcome',
    ...edgeAppendix(run),
    '',
  ].join('\n');
};
