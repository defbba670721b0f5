import type { ExampleTrace } from './examples/sagas.js';
import type { CatalogEntry } from './types.js';

/** An example as an event file writes it: the situation, its place in an example saga, its data. */
export interface ExampleSpec<TData> {
  readonly title: string;
  readonly trace: ExampleTrace;
  readonly data: TData;
}

/** A catalog entry as an event file writes it: examples give a trace instead of a whole envelope. */
export type EntrySpec<TType extends string, TVersion extends number, TData> = Omit<
  CatalogEntry<TType, TVersion, TData>,
  'examples'
> & { readonly examples: readonly ExampleSpec<TData>[] };

/**
 * Builds a catalog entry, wrapping each example's data in the envelope its producer would send:
 * the entry's type and version, the producer as `source`, the id, time and saga ids of the trace.
 * Deriving those here means no example can claim another type, version or source than its entry.
 *
 * @internal
 */
export const defineEntry = <TType extends string, TVersion extends number, TData>(
  spec: EntrySpec<TType, TVersion, TData>,
): CatalogEntry<TType, TVersion, TData> => ({
  ...spec,
  examples: spec.examples.map(({ title, trace, data }) => ({
    title,
    // Keys in the order createEvent writes them, so CATALOG.md shows what a queue would hold.
    event: {
      id: trace.id,
      type: spec.type,
      version: spec.version,
      source: spec.producer,
      time: trace.time,
      correlationId: trace.correlationId,
      causationId: trace.causationId,
      data,
    },
  })),
});
