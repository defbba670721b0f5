/**
 * EventBridge event patterns: validated when a rule is put (PutRule, TestEventPattern), matched
 * against every event put on the bus, as AWS documents them.
 *
 * Sources (Amazon EventBridge User Guide, https://docs.aws.amazon.com/eventbridge/latest/userguide/):
 * - Event patterns: eb-event-patterns.html
 * - Event pattern syntax and considerations: eb-create-pattern.html
 * - Comparison operators (content filtering): eb-create-pattern-operators.html
 * - Arrays: eb-event-patterns-arrays.html
 * - Null values and empty strings: eb-event-patterns-null-values.html
 * - Quotas ("Event pattern size"): eb-quota.html
 * - TestEventPattern: https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TestEventPattern.html
 * - Event Ruler, the open-source engine EventBridge matches with, for the cases the guide leaves
 *   open and for the wording of refusals: https://github.com/aws/event-ruler
 *
 * Supported: AND across fields, nested fields joined with `.`, OR across a field's values and
 * across `$or` alternatives (at least two objects, at most 1000 combinations); exact strings,
 * numbers, `true`, `false`, `null` and `""`; `prefix` and `suffix` (each plain or with
 * `equals-ignore-case`); `equals-ignore-case`; `wildcard` (`*`, escapes `\*` and `\\`, no `**`);
 * `anything-but` with a string, a number, a list of only strings or only numbers, or with
 * `prefix`, `suffix`, `equals-ignore-case` or `wildcard` (a string or a list of strings);
 * `numeric` with `=`, `<`, `<=`, `>`, `>=` and lower-then-upper ranges, within ±5.0e9 at six
 * decimal places; `cidr` for IPv4 and IPv6; `exists` true or false on leaf fields. Event arrays
 * match when one element matches, array-consistently across fields. Patterns over the size quota
 * (2048 characters by default, `maxLength`) are refused.
 *
 * Unsupported, and refused at parse time rather than ignored: any operator name not listed above,
 * including Event Ruler's undocumented `exactly`.
 * Not modelled here: the quota of rules with wildcards per bus (30), which is the rule store's
 * business.
 *
 * Where this differs from AWS, or the guide is silent, the reading taken:
 * - Numbers compare by value. AWS says "300, 300.0, and 3.0e2 are not considered equal" for exact
 *   matches, which needs the JSON text; a parsed event no longer has it.
 * - `anything-but` matches any value present that is not excluded, `null` and other types included;
 *   a missing field does not match it.
 * - `exists: true` matches any leaf value, `null` included; `exists: false` holds when the path has
 *   no leaf value (a missing field, an object, an empty array).
 * - Numeric bounds outside ±5.0e9 are refused; event numbers outside it match no numeric condition.
 * - Refusal reasons for `$or` over 1000 combinations, out-of-range numbers, the size quota and
 *   invalid JSON are our own words: AWS does not document its own.
 */
import { compilePattern } from './compile-pattern.js';
import { leavesByPath } from './event-leaves.js';
import { EventPatternError } from './event-pattern-error.js';
import type { EventPattern } from './event-pattern-types.js';
import { matchesAlternative } from './match-alternative.js';

export { EventPatternError } from './event-pattern-error.js';
export type { EventPattern, FieldCondition, JsonScalar, PatternAlternative } from './event-pattern-types.js';

/** The default "Event pattern size" quota, in characters (adjustable in AWS up to 4096, TestEventPattern's limit). */
export const DEFAULT_MAX_PATTERN_LENGTH = 2048;

/** Options of `parseEventPattern`. */
export interface ParseEventPatternOptions {
  /** The account's "Event pattern size" quota, in characters. Defaults to 2048. */
  maxLength?: number;
}

const toJsonText = (json: string | object): string => {
  if (typeof json === 'string') return json;
  // A template's object is sent to AWS as its JSON text, so it is measured and parsed as that text.
  const text = JSON.stringify(json) as string | undefined;
  if (text === undefined) throw new EventPatternError('Filter is not an object');
  return text;
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new EventPatternError(`Filter is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
};

/**
 * Validates an event pattern as PutRule and TestEventPattern do, and compiles it for matching.
 * Pass the pattern as its JSON text (the API's `EventPattern`) or as an object (a CloudFormation
 * template's `EventPattern`).
 *
 * @throws EventPatternError when EventBridge would refuse the pattern.
 * @example
 * const pattern = parseEventPattern({ source: ['commerce.orders'], 'detail-type': ['OrderConfirmed', 'OrderCancelled'] });
 */
export const parseEventPattern = (json: string | object, options: ParseEventPatternOptions = {}): EventPattern => {
  const text = toJsonText(json);
  const maxLength = options.maxLength ?? DEFAULT_MAX_PATTERN_LENGTH;
  if (text.length > maxLength) {
    throw new EventPatternError(`Event pattern is ${text.length} characters, over the quota of ${maxLength}`);
  }
  return { alternatives: compilePattern(parseJson(text)) };
};

/**
 * Whether an event, in the form EventBridge delivers it (`version`, `id`, `detail-type`, `source`,
 * `account`, `time`, `region`, `resources`, `detail`), matches a pattern. Top-level fields and
 * `detail` fields are matched alike, by their path in the event.
 *
 * @example
 * matchesEventPattern(pattern, { source: 'commerce.orders', 'detail-type': 'OrderConfirmed', detail: {} }); // true
 */
export const matchesEventPattern = (pattern: EventPattern, event: object): boolean => {
  const leaves = leavesByPath(event);
  return pattern.alternatives.some((alternative) => matchesAlternative(alternative, leaves));
};
