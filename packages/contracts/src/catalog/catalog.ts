import { inventoryCommittedVersions } from './events/inventory-committed.js';
import { inventoryReleasedVersions } from './events/inventory-released.js';
import { inventoryReservationFailedVersions } from './events/inventory-reservation-failed.js';
import { inventoryReservedVersions } from './events/inventory-reserved.js';
import { notificationSentVersions } from './events/notification-sent.js';
import { orderCancelledVersions } from './events/order-cancelled.js';
import { orderConfirmedVersions } from './events/order-confirmed.js';
import { orderPlacedVersions } from './events/order-placed.js';
import { paymentFailedVersions } from './events/payment-failed.js';
import { paymentSucceededVersions } from './events/payment-succeeded.js';
import type { CatalogEntry } from './types.js';

/** Every event type with its versions, in saga order (the order CATALOG.md follows). */
const eventTypes = [
  orderPlacedVersions,
  inventoryReservedVersions,
  inventoryReservationFailedVersions,
  paymentSucceededVersions,
  paymentFailedVersions,
  orderConfirmedVersions,
  orderCancelledVersions,
  inventoryCommittedVersions,
  inventoryReleasedVersions,
  notificationSentVersions,
] as const;

/** Any entry of the catalog, with its literal type, version and data type. */
export type KnownCatalogEntry = (typeof eventTypes)[number][number];

/** The name of an event type in the catalog. */
export type EventType = KnownCatalogEntry['type'];

const entries: readonly KnownCatalogEntry[] = eventTypes.flat();

/**
 * Every event version in the catalog: event types in saga order, versions oldest first.
 *
 * @example
 * for (const entry of listEntries()) console.log(`${entry.type} v${entry.version}`, routeOf(entry));
 */
export const listEntries = (): readonly KnownCatalogEntry[] => entries;

/** Every version of one event type, oldest first; empty for a type the catalog does not know. */
export const versionsOf = (type: string): readonly KnownCatalogEntry[] =>
  entries.filter((entry) => entry.type === type);

/**
 * The catalog entry of one version of one event type, or undefined when there is none. With
 * literal arguments the result is typed precisely, examples included.
 *
 * @example
 * const placed = findEntry('OrderPlaced', 1); // CatalogEntry<'OrderPlaced', 1, OrderPlacedV1Data> | undefined
 */
export function findEntry<TType extends EventType, TVersion extends number>(
  type: TType,
  version: TVersion,
): Extract<KnownCatalogEntry, { type: TType; version: TVersion }> | undefined;
export function findEntry(type: string, version: number): CatalogEntry | undefined;
export function findEntry(type: string, version: number): CatalogEntry | undefined {
  return entries.find((entry) => entry.type === type && entry.version === version);
}
