import { StackTemplateError } from './stack-errors.js';
import type { JsonValue } from './template-types.js';
import { isJsonObject } from './template-types.js';

/**
 * Typed reads of a resource's resolved properties, or of an object nested in them. CloudFormation
 * accepts numbers and booleans written as strings (`"VisibilityTimeout": "30"`), so these do too.
 *
 * @internal
 */
export interface FieldReader {
  string(key: string): string;
  optionalString(key: string): string | undefined;
  number(key: string): number;
  optionalNumber(key: string): number | undefined;
  optionalBoolean(key: string): boolean | undefined;
  /** A JSON document written as an object or as a string (FilterPolicy, EventPattern, RedrivePolicy). */
  optionalJsonText(key: string): string | undefined;
  oneOf<const T extends string>(key: string, allowed: readonly T[]): T;
  optionalOneOf<const T extends string>(key: string, allowed: readonly T[]): T | undefined;
  strings(key: string): string[];
  optionalStringMap(key: string): Record<string, string> | undefined;
  /** A list of objects, empty when absent. */
  objects(key: string): FieldReader[];
  optionalObject(key: string): FieldReader | undefined;
}

const asNumber = (value: JsonValue): number | undefined => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

const asBoolean = (value: JsonValue): boolean | undefined =>
  typeof value === 'boolean' ? value : ({ true: true, false: false } as Record<string, boolean>)[String(value)];

const asStringMap = (value: JsonValue): Record<string, string> | undefined =>
  isJsonObject(value) && Object.values(value).every((item) => typeof item === 'string')
    ? (value as Record<string, string>)
    : undefined;

/** @param where names the fields' owner in errors, like `PingsQueue (AWS::SQS::Queue)`. */
export const fieldReader = (
  stackName: string,
  where: string,
  get: (key: string) => JsonValue | undefined,
): FieldReader => {
  const mismatch = (key: string, expected: string, value: JsonValue): never => {
    throw new StackTemplateError(stackName, `${where} ${key} must be ${expected}, got ${JSON.stringify(value)}`);
  };
  const read = <T>(key: string, expected: string, convert: (value: JsonValue) => T | undefined): T | undefined => {
    const value = get(key);
    return value === undefined ? undefined : (convert(value) ?? mismatch(key, expected, value));
  };
  const required = <T>(key: string, value: T | undefined): T => {
    if (value === undefined) throw new StackTemplateError(stackName, `${where} ${key} is required`);
    return value;
  };
  const optionalString = (key: string) =>
    read(key, 'a string', (value) => (typeof value === 'string' ? value : undefined));
  const optionalOneOf = <const T extends string>(key: string, allowed: readonly T[]) =>
    read(key, `one of ${allowed.join(', ')}`, (value) => allowed.find((option) => option === value));
  const optionalNumber = (key: string) => read(key, 'a number', asNumber);
  const list = (key: string) => read(key, 'a list', (value) => (Array.isArray(value) ? value : undefined)) ?? [];
  const nested = (key: string, value: JsonValue): FieldReader | undefined =>
    isJsonObject(value) ? fieldReader(stackName, `${where} ${key}`, (field) => value[field]) : undefined;

  return {
    optionalString,
    string: (key) => required(key, optionalString(key)),
    optionalNumber,
    number: (key) => required(key, optionalNumber(key)),
    optionalBoolean: (key) => read(key, 'true or false', asBoolean),
    optionalJsonText: (key) =>
      read(key, 'a JSON object or string', (value) =>
        typeof value === 'string' ? value : isJsonObject(value) ? JSON.stringify(value) : undefined,
      ),
    optionalOneOf,
    oneOf: (key, allowed) => required(key, optionalOneOf(key, allowed)),
    strings: (key) =>
      list(key).map((item, index) =>
        typeof item === 'string' ? item : mismatch(`${key}[${index}]`, 'a string', item),
      ),
    objects: (key) =>
      list(key).map(
        (item, index) => nested(`${key}[${index}]`, item) ?? mismatch(`${key}[${index}]`, 'an object', item),
      ),
    optionalStringMap: (key) => read(key, 'a map of strings', asStringMap),
    optionalObject: (key) => read(key, 'an object', (value) => nested(key, value)),
  };
};
