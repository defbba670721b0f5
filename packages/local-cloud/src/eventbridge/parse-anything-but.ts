import { EventPatternError } from './event-pattern-error.js';
import type { JsonScalar, ValueMatcher } from './event-pattern-types.js';
import { isJsonObject } from './json-values.js';
import { foldCase } from './parse-string-operators.js';
import { compileWildcard } from './wildcard.js';

/**
 * `anything-but` ("Anything-but matching",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-anything-but):
 * a string, a number, a list of only strings or only numbers, or one of `prefix`, `suffix`,
 * `equals-ignore-case` and `wildcard` with a string or a list of strings (the lists as Event Ruler
 * documents them, https://github.com/aws/event-ruler#anything-but-matching).
 *
 * It matches any value present in the event that is not excluded, whatever its type: `null` and
 * numbers pass a string exclusion, strings pass a numeric one. A field missing from the event does
 * not match, since there is nothing "but" it.
 */

type Exclusion = (value: JsonScalar) => boolean;
type NestedOperator = 'prefix' | 'suffix' | 'equals-ignore-case' | 'wildcard';

const OPERAND_SHAPE = 'Value of anything-but must be an array or single string/number value.';

/** What a nested operator's element must be, in Event Ruler's words. */
const NESTED_ELEMENT_REASON: Record<NestedOperator, string> = {
  prefix: 'prefix/suffix match pattern must be a string',
  suffix: 'prefix/suffix match pattern must be a string',
  'equals-ignore-case': 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
  wildcard: 'wildcard match pattern must be a string',
};

const isNestedOperator = (name: string): name is NestedOperator => Object.hasOwn(NESTED_ELEMENT_REASON, name);

const excludeValues = (operand: string | number | unknown[]): Exclusion => {
  const listed = Array.isArray(operand) ? operand : [operand];
  if (listed.some((value) => typeof value !== 'string' && typeof value !== 'number')) {
    throw new EventPatternError('Inside anything but list, start|null|boolean is not supported.');
  }
  const strings = listed.filter((value) => typeof value === 'string');
  if (listed.length === 0 || (strings.length > 0 && strings.length < listed.length)) {
    throw new EventPatternError(
      'Inside anything but list, either all values are number or string, mixed type is not supported',
    );
  }
  const excluded = new Set(listed);
  return (value) => excluded.has(value as string | number);
};

const nestedTest = (operator: NestedOperator, text: string): ((value: string) => boolean) => {
  switch (operator) {
    case 'prefix':
      return (value) => value.startsWith(text);
    case 'suffix':
      return (value) => value.endsWith(text);
    case 'equals-ignore-case':
      return (value) => foldCase(value) === foldCase(text);
    case 'wildcard': {
      const expression = compileWildcard(text);
      return (value) => expression.test(value);
    }
  }
};

const excludeNested = (expression: Record<string, unknown>): Exclusion => {
  const entries = Object.entries(expression);
  const [first] = entries;
  if (first === undefined) throw new EventPatternError('Anything-But expression name not found');
  const [operator, operand] = first;
  if (!isNestedOperator(operator)) throw new EventPatternError(`Unsupported anything-but pattern: ${operator}`);
  if (entries.length > 1) throw new EventPatternError('Only one key allowed in match expression');
  const listed = Array.isArray(operand) ? operand : [operand];
  if (!Array.isArray(operand) && typeof operand !== 'string' && typeof operand !== 'number') {
    throw new EventPatternError(OPERAND_SHAPE);
  }
  if (listed.length === 0) throw new EventPatternError('Empty arrays are not allowed');
  const tests = listed.map((text) => {
    if (typeof text !== 'string') throw new EventPatternError(NESTED_ELEMENT_REASON[operator]);
    return nestedTest(operator, text);
  });
  return (value) => typeof value === 'string' && tests.some((test) => test(value));
};

/** Parses the operand of `anything-but`. @internal */
export const parseAnythingBut = (operand: unknown): ValueMatcher => {
  let isExcluded: Exclusion;
  if (isJsonObject(operand)) isExcluded = excludeNested(operand);
  else if (typeof operand === 'string' || typeof operand === 'number' || Array.isArray(operand)) {
    isExcluded = excludeValues(operand);
  } else throw new EventPatternError(OPERAND_SHAPE);
  return { describe: `anything-but:${JSON.stringify(operand)}`, matches: (value) => !isExcluded(value) };
};
