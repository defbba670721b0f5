/**
 * Pure pricing: what one order of a saga outcome uses (counted by `pnpm cost:model`), priced with
 * the price table, and the same flow rewritten for direct Lambda targets. No I/O, so it is unit tested.
 */
import { PRICES, type Price, type PriceName } from './price-table.js';

/** The billable units one order uses, by price (see PRICES). Fractions are averages over the run. */
export type Usage = Readonly<Partial<Record<PriceName, number>>>;

export interface LineItem {
  readonly price: PriceName;
  readonly quantity: number;
  /** US dollars for `quantity`. */
  readonly usd: number;
}

const costOf = (price: Price, quantity: number): number => (quantity * price.usd) / price.per;

/** One line per price the usage names, in the table's order, and what each costs. */
export const priceUsage = (usage: Usage, prices: Record<PriceName, Price> = PRICES): LineItem[] =>
  (Object.keys(prices) as PriceName[]).flatMap((price) => {
    const quantity = usage[price];
    return quantity === undefined ? [] : [{ price, quantity, usd: costOf(prices[price], quantity) }];
  });

export const totalUsd = (items: readonly LineItem[]): number => items.reduce((sum, item) => sum + item.usd, 0);

/** Usage of one order times `orders` (1M for the report's headline). */
export const scaleUsage = (usage: Usage, orders: number): Usage =>
  Object.fromEntries(Object.entries(usage).map(([price, quantity]) => [price, (quantity ?? 0) * orders])) as Usage;

/** What the SQS-fed receivers of one order cost in requests and invocations, as counted. */
export interface QueuedDelivery {
  /** Messages SNS and EventBridge put on the receivers' queues (SendMessage by the deliverer). */
  readonly messagesDelivered: number;
  /** SQS requests the pollers made that returned messages, plus their deletes and visibility changes. */
  readonly pollerRequests: number;
  /** Receiver invocations (one per batch). */
  readonly receiverInvocations: number;
  /** GB-s the receivers used. */
  readonly receiverGbSeconds: number;
}

/**
 * The same order with each SQS subscription and target replaced by the function itself (SNS→Lambda,
 * EventBridge→Lambda, both asynchronous invocations): no SQS sends, receives or deletes, and one
 * invocation per delivered message. Work is per record, so GB-s stay as counted (each invocation's
 * duration rounds up to 1 ms: under a microdollar per million orders, left out).
 */
export const withDirectTargets = (usage: Usage, queued: QueuedDelivery): Usage => ({
  ...usage,
  sqsRequest: Math.max(0, (usage.sqsRequest ?? 0) - queued.messagesDelivered - queued.pollerRequests),
  lambdaRequest: (usage.lambdaRequest ?? 0) - queued.receiverInvocations + queued.messagesDelivered,
  lambdaArmGbSecond: usage.lambdaArmGbSecond ?? 0,
});

/** Lambda bills duration in 1 ms steps at the configured memory: GB-s of one invocation. */
export const gbSecondsOf = (billedMs: number, memoryMb: number): number => (billedMs / 1000) * (memoryMb / 1024);

/** DynamoDB's units for an item of `bytes`: writes per started KB, reads per started 4 KB. */
export const writeUnitsOf = (bytes: number, transactional = false): number =>
  Math.max(1, Math.ceil(bytes / 1024)) * (transactional ? 2 : 1);
export const readUnitsOf = (bytes: number, consistency: 'eventual' | 'strong' | 'transactional'): number =>
  Math.max(1, Math.ceil(bytes / 4096)) * { eventual: 0.5, strong: 1, transactional: 2 }[consistency];
