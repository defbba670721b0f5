import { EventPatternError } from './event-pattern-error.js';
import type { FieldCondition, PatternAlternative } from './event-pattern-types.js';
import { isJsonObject } from './json-values.js';
import { parseFieldValues } from './parse-field-values.js';
import { OPERATOR_NAMES } from './parse-operator.js';

/**
 * Compiles a pattern object into flat alternatives, as EventBridge does
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern.html):
 * - nested keys are joined with `.` ("when EventBridge compiles event patterns for use, it uses
 *   dot (.) as the joining character"), so `{"a": {"b": [1]}}` and `{"a.b": [1]}` are one field;
 * - a field given twice keeps its last value ("EventBridge only considers the final field value");
 * - `$or` ("Complex example with $or matching",
 *   https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-complex-example-or)
 *   holds at least two objects, each an alternative for the fields around it; its objects may not
 *   use operator names as field names.
 */

/** "APIs that accept an event pattern ... throw an InvalidEventPatternException if the use of $or results in over 1000 rule combinations." */
export const MAX_OR_COMBINATIONS = 1000;

const OR_KEY = '$or';
const NUMERIC_COMPARATORS = ['=', '<', '<=', '>', '>='];
const NAMES_REFUSED_INSIDE_OR: ReadonlySet<string> = new Set([...OPERATOR_NAMES, ...NUMERIC_COMPARATORS]);

type Alternative = Map<string, FieldCondition>;

const joinPath = (prefix: string, key: string): string => (prefix === '' ? key : `${prefix}.${key}`);

/** Every pairing of one left and one right alternative; a path in both keeps the right one. */
const crossJoin = (lefts: Alternative[], rights: Alternative[]): Alternative[] =>
  lefts.flatMap((left) => rights.map((right) => new Map([...left, ...right])));

/**
 * "Multiply the total number of arguments from each $or array in the event pattern": counted before
 * expanding, so an oversized pattern is refused without being expanded.
 */
const countOrCombinations = (node: unknown): number => {
  if (!isJsonObject(node)) return 1;
  return Object.entries(node).reduce((product, [key, value]) => {
    if (key === OR_KEY && Array.isArray(value)) {
      return value.reduce<number>((branches, branch) => branches * countOrCombinations(branch), product * value.length);
    }
    return product * countOrCombinations(value);
  }, 1);
};

const compileObject = (node: Record<string, unknown>, prefix: string, insideOr: boolean): Alternative[] => {
  const entries = Object.entries(node);
  if (entries.length === 0) throw new EventPatternError('Empty objects are not allowed');
  let alternatives: Alternative[] = [new Map()];
  for (const [key, value] of entries) {
    if (key === OR_KEY) {
      alternatives = crossJoin(alternatives, compileOr(value, prefix));
      continue;
    }
    if (insideOr && NAMES_REFUSED_INSIDE_OR.has(key)) {
      throw new EventPatternError(`${key} is Ruler reserved fieldName which cannot be used inside $or.`);
    }
    const path = joinPath(prefix, key);
    if (Array.isArray(value)) {
      alternatives = crossJoin(alternatives, [new Map([[path, parseFieldValues(path, value)]])]);
    } else if (isJsonObject(value)) {
      alternatives = crossJoin(alternatives, compileObject(value, path, insideOr));
    } else {
      throw new EventPatternError(`"${key}" must be an object or an array`);
    }
  }
  return alternatives;
};

const compileOr = (value: unknown, prefix: string): Alternative[] => {
  if (!Array.isArray(value)) throw new EventPatternError('It must be an Array followed with $or.');
  const alternatives = value.flatMap((branch: unknown) => {
    if (!isJsonObject(branch)) throw new EventPatternError('Only JSON object is allowed in array of $or relationship.');
    return compileObject(branch, prefix, true);
  });
  if (value.length < 2) throw new EventPatternError('There must have at least 2 Objects in $or relationship.');
  return alternatives;
};

/**
 * Validates a parsed pattern and compiles it into its flat alternatives.
 * @throws EventPatternError when EventBridge would refuse the pattern.
 * @internal
 */
export const compilePattern = (root: unknown): PatternAlternative[] => {
  if (!isJsonObject(root)) throw new EventPatternError('Filter is not an object');
  const combinations = countOrCombinations(root);
  if (combinations > MAX_OR_COMBINATIONS) {
    throw new EventPatternError(
      `The $or in the pattern results in ${combinations} rule combinations, over the limit of ${MAX_OR_COMBINATIONS}`,
    );
  }
  return compileObject(root, '', false).map((alternative) => [...alternative.values()]);
};
