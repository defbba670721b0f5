import { randomUUID } from 'node:crypto';
import { findEntry, listEntries } from '@commerce/contracts/catalog';
import type { EventEnvelope } from '@commerce/shared-core/events';
import type { SAGA_SERVICES } from '../../e2e/saga-system.js';
import { deliveredBody } from './deliveries.js';
import type { SagaHandoff } from './real-orders.js';

type Service = (typeof SAGA_SERVICES)[number];

/** One receiver of one service: what it accepts, and the valid record each of its batches holds. */
export interface ReceiverFuzz {
  service: Service;
  /** As in its logs and its file name (src/receivers/<name>.ts). */
  name: string;
  /** `type@version` it accepts; `all` for the whole catalog. */
  accepts: readonly string[] | 'all';
  /**
   * The valid record in each batch: a fresh event of a catalog type (`any`: a different type each
   * time), whose effect is checked afterwards; or a real saga's event delivered again, which the
   * receiver must acknowledge without changing anything (a fresh one would name an order that
   * does not exist, which the saga's receivers rightly retry).
   */
  valid: { fresh: string } | { again: SagaHandoff; of: 'confirmed' | 'rejected' };
}

const payment = ['PaymentSucceeded@1', 'PaymentFailed@1'];

export const RECEIVERS: readonly ReceiverFuzz[] = [
  {
    service: 'inventory',
    name: 'reserve-stock',
    accepts: ['OrderPlaced@1'],
    valid: { again: 'OrderPlaced', of: 'rejected' },
  },
  {
    service: 'inventory',
    name: 'settle-reservation',
    accepts: payment,
    valid: { again: 'PaymentSucceeded', of: 'confirmed' },
  },
  {
    service: 'payments',
    name: 'charge',
    accepts: ['InventoryReserved@1'],
    valid: { again: 'InventoryReserved', of: 'confirmed' },
  },
  {
    service: 'orders',
    name: 'inventory-outcome',
    accepts: ['InventoryReserved@1', 'InventoryReservationFailed@1'],
    valid: { again: 'InventoryReserved', of: 'confirmed' },
  },
  {
    service: 'orders',
    name: 'payment-outcome',
    accepts: payment,
    valid: { again: 'PaymentSucceeded', of: 'confirmed' },
  },
  {
    service: 'notifications',
    name: 'notify-customer',
    accepts: ['OrderConfirmed@1', 'OrderCancelled@1'],
    valid: { fresh: 'OrderCancelled' },
  },
  { service: 'analytics', name: 'record-event', accepts: 'all', valid: { fresh: 'any' } },
  { service: 'platform', name: 'audit', accepts: 'all', valid: { fresh: 'any' } },
];

/** Its queue, as its stack names it: `<service>-<stage>-<name>` (its DLQ adds `-dlq`). */
export const queueOf = (receiver: ReceiverFuzz): string => `${receiver.service}-local-${receiver.name}`;

/** Its function, as the pollers invoke it: `<service>-<stage>-<functionKey>`, the key the name in camelCase. */
export const functionOf = (receiver: ReceiverFuzz): string =>
  `${receiver.service}-local-${receiver.name.replace(/-(\w)/g, (_dash, letter: string) => letter.toUpperCase())}`;

const CATALOG = listEntries();

/** A copy of the catalog's first example of a type, version 1. */
export const exampleOf = (type: string): EventEnvelope => {
  const example = findEntry(type, 1)?.examples[0]?.event;
  if (!example) throw new Error(`The catalog has no example of ${type} v1`);
  return structuredClone(example);
};

/** One valid example of each type the receiver accepts, and of each it does not. */
export const examplesFor = (receiver: ReceiverFuzz) => {
  const accepts = (key: string) => receiver.accepts === 'all' || receiver.accepts.includes(key);
  const of = (wanted: boolean) =>
    CATALOG.filter((entry) => accepts(`${entry.type}@${entry.version}`) === wanted).map((entry) =>
      exampleOf(entry.type),
    );
  return { accepted: of(true), others: of(false) };
};

/** How a type reaches its consumers' queues, per the catalog: in an SNS notification or on the bus. */
export const deliveredAsCatalogSays = (event: EventEnvelope): string =>
  deliveredBody(event, event, findEntry(event.type, 1)?.transport.kind === 'sns' ? 'sns' : 'eventbridge');

/** An event of the catalog nobody has seen: new ids, a new order and customer. */
export const freshEvent = (type: string): EventEnvelope => {
  const event = exampleOf(type);
  const data = event.data as Record<string, unknown>;
  return {
    ...event,
    id: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    data: { ...data, orderId: randomUUID(), ...('customerId' in data && { customerId: randomUUID() }) },
  };
};

export const CATALOG_TYPES = CATALOG.map((entry) => entry.type);
