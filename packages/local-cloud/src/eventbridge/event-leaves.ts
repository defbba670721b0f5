import type { JsonScalar } from './event-pattern-types.js';
import { isJsonObject, isJsonScalar } from './json-values.js';

/**
 * An event seen as EventBridge matches it: its leaf values by dot-joined path. Arrays are "crushed
 * out" (a value in an array sits at the array's own path), which is how "if the value in the event
 * is an array, then the event pattern matches if the intersection ... is non-empty"
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-arrays.html).
 * Each leaf remembers which element of which array it came from, for array-consistent matching
 * (see `match-alternative.ts`).
 */

/** Which element of which array (numbered in document order) a leaf lies in. @internal */
export interface ArrayPosition {
  readonly array: number;
  readonly index: number;
}

/** One leaf value of the event. @internal */
export interface EventLeaf {
  readonly value: JsonScalar;
  readonly positions: readonly ArrayPosition[];
}

/** The event's leaves by path; objects and empty arrays add none, as they are not leaves. @internal */
export const leavesByPath = (event: object): ReadonlyMap<string, readonly EventLeaf[]> => {
  const leaves = new Map<string, EventLeaf[]>();
  let arrayCount = 0;
  const visit = (value: unknown, path: string, positions: readonly ArrayPosition[]): void => {
    if (Array.isArray(value)) {
      const array = arrayCount++;
      value.forEach((element: unknown, index) => visit(element, path, [...positions, { array, index }]));
    } else if (isJsonObject(value)) {
      for (const [key, member] of Object.entries(value)) visit(member, path === '' ? key : `${path}.${key}`, positions);
    } else if (isJsonScalar(value)) {
      const atPath = leaves.get(path) ?? [];
      atPath.push({ value, positions });
      leaves.set(path, atPath);
    }
    // Anything else (undefined, functions) has no JSON form, so PutEvents could not have carried it.
  };
  visit(event, '', []);
  return leaves;
};
