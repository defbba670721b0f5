import { EventPatternError } from './event-pattern-error.js';
import type { ValueMatcher } from './event-pattern-types.js';
import { parseAnythingBut } from './parse-anything-but.js';
import { parseCidr } from './parse-cidr.js';
import { parseNumeric } from './parse-numeric.js';
import { parseAffix, parseEqualsIgnoreCase, parseWildcard } from './parse-string-operators.js';

/**
 * Operator objects in a field's value array, `{ "<operator>": <operand> }`, exactly one key each
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html).
 * Any other name is refused, including Event Ruler's undocumented `exactly`.
 */

/** `{ "exists": true }` matches any value present at the path, `null` included. */
const PRESENT: ValueMatcher = { describe: 'exists:true', matches: () => true };

/**
 * `{ "exists": false }` matches no value; the field condition holds when the event has no value at
 * the path ("Exists matching only works on leaf nodes", so an object there counts as absent).
 * @internal
 */
export const ABSENT: ValueMatcher = { describe: 'exists:false', matches: () => false };

const parseExists = (operand: unknown): ValueMatcher => {
  if (typeof operand !== 'boolean') throw new EventPatternError('exists match pattern must be either true or false.');
  return operand ? PRESENT : ABSENT;
};

const OPERATORS: Record<string, (operand: unknown) => ValueMatcher> = {
  prefix: (operand) => parseAffix('prefix', operand),
  suffix: (operand) => parseAffix('suffix', operand),
  'equals-ignore-case': parseEqualsIgnoreCase,
  wildcard: parseWildcard,
  'anything-but': parseAnythingBut,
  numeric: parseNumeric,
  cidr: parseCidr,
  exists: parseExists,
};

/** The operator names, which `$or` refuses as field names. @internal */
export const OPERATOR_NAMES: ReadonlySet<string> = new Set(Object.keys(OPERATORS));

/** Parses one operator object of a field's value array. @internal */
export const parseOperator = (expression: Record<string, unknown>): ValueMatcher => {
  const entries = Object.entries(expression);
  const [first] = entries;
  if (first === undefined) throw new EventPatternError('Match expression name not found');
  const [name, operand] = first;
  const parse = Object.hasOwn(OPERATORS, name) ? OPERATORS[name] : undefined;
  if (parse === undefined) throw new EventPatternError(`Unrecognized match type ${name}`);
  if (entries.length > 1) throw new EventPatternError('Only one key allowed in match expression');
  return parse(operand);
};
