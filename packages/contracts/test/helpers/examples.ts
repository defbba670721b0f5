import { findEntry, type EventType } from '../../src/catalog/index.js';

/** A fresh copy of one catalog example's data, typed as that event's data, to edit into an invalid one. */
export const exampleData = <TType extends EventType, TVersion extends number>(
  type: TType,
  version: TVersion,
  index = 0,
) => {
  const example = findEntry(type, version)?.examples[index];
  if (!example) throw new Error(`the catalog has no example ${index} of ${type} v${version}`);
  return structuredClone(example.event.data);
};
