import type { EventLeaf } from './event-leaves.js';
import type { PatternAlternative } from './event-pattern-types.js';

/**
 * Whether an event's leaves satisfy every field condition of one alternative (AND), each field
 * by any of its values (OR).
 *
 * Matches are array-consistent, as Event Ruler's JSON matching is: it "will refuse to recognize
 * any match in which any two fields are within JSON objects that are in different elements of the
 * same array" (https://github.com/aws/event-ruler#json-array-matching). So
 * `{"items": {"sku": ["A"], "qty": [2]}}` needs one item with both, not an `A` in one item and a
 * `2` in another. The AWS user guide does not discuss this case; the engine it runs on does.
 */

type ChosenElements = ReadonlyMap<number, number>;

const consistentWith = (chosen: ChosenElements, leaf: EventLeaf): boolean =>
  leaf.positions.every(({ array, index }) => (chosen.get(array) ?? index) === index);

const choose = (chosen: ChosenElements, leaf: EventLeaf): ChosenElements =>
  leaf.positions.length === 0
    ? chosen
    : new Map([...chosen, ...leaf.positions.map(({ array, index }) => [array, index] as const)]);

/** Whether one leaf per field can be picked so that all picks are array-consistent. */
const canPickConsistently = (candidates: readonly (readonly EventLeaf[])[], chosen: ChosenElements): boolean => {
  const [first, ...rest] = candidates;
  if (first === undefined) return true;
  return first.some((leaf) => consistentWith(chosen, leaf) && canPickConsistently(rest, choose(chosen, leaf)));
};

/** @internal */
export const matchesAlternative = (
  alternative: PatternAlternative,
  leaves: ReadonlyMap<string, readonly EventLeaf[]>,
): boolean => {
  const candidates: (readonly EventLeaf[])[] = [];
  for (const { path, matchers, matchesAbsence } of alternative) {
    const present = leaves.get(path) ?? [];
    if (present.length === 0 && matchesAbsence) continue;
    const matching = present.filter((leaf) => matchers.some((matcher) => matcher.matches(leaf.value)));
    if (matching.length === 0) return false;
    candidates.push(matching);
  }
  return canPickConsistently(candidates, new Map());
};
