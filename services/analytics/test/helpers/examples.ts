import type { CommerceEvent } from '@commerce/contracts';
import { listEntries } from '@commerce/contracts/catalog';
import { catalogExample } from '@commerce/testing';

/** Every example of the catalog (a few orders through the saga, every type), in catalog order. */
export const everyExample = (): CommerceEvent[] =>
  listEntries().flatMap((entry) =>
    entry.examples.map((example) => catalogExample(entry.type, example.title, entry.version) as CommerceEvent),
  );

/** One catalog example, typed by its type. */
export const example = <T extends CommerceEvent['type']>(type: T, title: string) =>
  catalogExample(type, title) as Extract<CommerceEvent, { type: T }>;

/** The examples' events happen between 09:26 and 17:30 UTC on 14-15 March 2025. */
export const AFTER_THE_EXAMPLES = new Date('2025-03-15T18:00:30.000Z');
/** Within the hour after the first order's saga (09:26 UTC, 14 March 2025). */
export const AFTER_THE_FIRST_ORDER = new Date('2025-03-14T10:00:30.000Z');

/** A deterministic shuffle (seeded), so a failing order can be reproduced. */
export const shuffled = <T>(items: readonly T[], seed = 42): T[] => {
  const copy = [...items];
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};
