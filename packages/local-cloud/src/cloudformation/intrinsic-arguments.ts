import type { Resolved } from './intrinsic-context.js';
import { NO_VALUE } from './intrinsic-context.js';
import { StackTemplateError } from './stack-errors.js';
import type { JsonValue } from './template-types.js';

const show = (value: Resolved): string => (value === NO_VALUE ? 'AWS::NoValue' : JSON.stringify(value));

/**
 * Checks the resolved arguments of intrinsic functions, so a malformed template fails with the
 * function's name and what it got, not with a TypeError deep in the planner.
 *
 * @internal
 */
export const argumentsOf = (stackName: string, fn: string) => {
  const fail = (expected: string, got: Resolved): never => {
    throw new StackTemplateError(stackName, `${fn} expects ${expected}, got ${show(got)}`);
  };
  return {
    fail,
    string(value: Resolved): string {
      return typeof value === 'string' ? value : fail('a string', value);
    },
    /** Numbers and numeric strings, as CloudFormation accepts either for an index. */
    integer(value: Resolved): number {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof number === 'number' && Number.isInteger(number) ? number : fail('an integer', value);
    },
    list(value: Resolved): JsonValue[] {
      return Array.isArray(value) ? value : fail('a list', value);
    },
    /** The checked length makes the cast safe: the types below only name what was checked. */
    pair(value: JsonValue): [JsonValue, JsonValue] {
      return Array.isArray(value) && value.length === 2
        ? (value as [JsonValue, JsonValue])
        : fail('a list of 2', value);
    },
    triple(value: JsonValue): [JsonValue, JsonValue, JsonValue] {
      return Array.isArray(value) && value.length === 3
        ? (value as [JsonValue, JsonValue, JsonValue])
        : fail('a list of 3', value);
    },
  };
};
