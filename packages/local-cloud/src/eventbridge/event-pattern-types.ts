/** A JSON value that is not an object or an array: what event patterns compare. */
export type JsonScalar = string | number | boolean | null;

/**
 * One entry of a field's value array: an exact value or an operator object such as
 * `{ "prefix": "us-" }`. `describe` is for error messages and debugging only.
 * @internal
 */
export interface ValueMatcher {
  readonly describe: string;
  readonly matches: (value: JsonScalar) => boolean;
}

/**
 * The condition on one leaf field, named by its dot-joined path (`detail.state`): the event
 * matches when one of its values at that path passes one of the matchers, or, when
 * `matchesAbsence` (`{ "exists": false }`), when the event has no value there at all.
 */
export interface FieldCondition {
  readonly path: string;
  readonly matchers: readonly ValueMatcher[];
  readonly matchesAbsence: boolean;
}

/** One flat alternative of a pattern: every field condition must hold (AND). */
export type PatternAlternative = readonly FieldCondition[];

/**
 * A validated event pattern, compiled as EventBridge compiles it: `$or` is expanded into flat
 * alternatives, and an event matches when any one alternative does. Build it with `parseEventPattern`.
 */
export interface EventPattern {
  readonly alternatives: readonly PatternAlternative[];
}
