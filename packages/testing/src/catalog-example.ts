import { findEntry } from '@commerce/contracts/catalog';
import type { EventEnvelope } from '@commerce/shared-core/events';

/**
 * A copy of the catalog's example of `type` v`version` with this title, as a full envelope, so a
 * test may change it freely. The catalog's examples follow a few orders through the saga, with ids
 * that chain (correlation, causation), so tests built on them speak about the same orders.
 *
 * @example
 * const reserved = catalogExample('InventoryReserved', 'two T-shirts and a mug, 52.48 EUR') as InventoryReservedV1Event;
 */
export const catalogExample = (type: string, title: string, version = 1): EventEnvelope => {
  const found = findEntry(type, version)?.examples.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`The catalog has no ${type} v${version} example titled "${title}"`);
  return structuredClone(found.event);
};
