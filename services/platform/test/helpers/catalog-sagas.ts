import { listEntries } from '@commerce/contracts/catalog';
import type { EventEnvelope } from '@commerce/shared-core/events';
import { catalogExample } from '@commerce/testing';

/** The catalog's happy path: "two T-shirts and a mug", placed, reserved, paid, confirmed, committed and emailed. */
export const confirmedPlaced = () => catalogExample('OrderPlaced', 'two T-shirts and a mug');

/** Every example event of the catalog that belongs to one saga (one correlation id), in no particular order. */
export const sagaEvents = (correlationId: string): EventEnvelope[] =>
  listEntries()
    .flatMap((entry) => entry.examples.map((example) => structuredClone(example.event) as EventEnvelope))
    .filter((event) => event.correlationId === correlationId);

/** The types of the catalog's confirmed saga, in causal order. */
export const CONFIRMED_SAGA_TYPES = [
  'OrderPlaced',
  'InventoryReserved',
  'PaymentSucceeded',
  'OrderConfirmed',
  'InventoryCommitted',
  'NotificationSent',
];
