/**
 * Message attributes as Publish and PublishBatch receive them
 * (`MessageAttributes.entry.N.Name`, `.Value.DataType`, `.Value.StringValue`, `.Value.BinaryValue`),
 * validated as https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html describes:
 * - names: letters, digits, `_`, `-`, `.`; no leading, trailing or doubled period; at most 256
 *   characters; unique; not starting with `AWS.` or `Amazon.` in any casing;
 * - data types `String`, `Number`, `Binary` and `String.Array`; like SQS, a custom label after the
 *   base type (`Number.float`) is accepted and keeps its base type's rules;
 * - name, type and value must not be empty, and a `Number` must read as a number.
 * A `String.Array` value's JSON is not checked here: a malformed one matches no filter policy
 * condition, which is where SNS reads it.
 * Refusals use the `ParameterValueInvalid` code (InvalidParameterValueException in the SDK); the
 * wording is ours, modelled on AWS's.
 */
import type { MessageAttributeValue } from '../filter-policy.js';
import type { QueryParams } from './query-params.js';
import { SnsError } from './sns-error.js';

/** An attribute as published; `BinaryValue` is set for `Binary` types, `StringValue` for the others. */
export interface PublishedAttribute extends MessageAttributeValue {
  BinaryValue?: Buffer;
}

export type PublishedAttributes = Readonly<Record<string, PublishedAttribute>>;

const NAME_PATTERN = /^[A-Za-z0-9_.-]{1,256}$/;
const DATA_TYPE_PATTERN = /^(String|Number|Binary)(\.[^\s]+)?$/;
const NUMBER_PATTERN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

const refuse = (message: string): SnsError => new SnsError('ParameterValueInvalid', message);

const assertValidName = (name: string): void => {
  if (!NAME_PATTERN.test(name) || name.startsWith('.') || name.endsWith('.') || name.includes('..')) {
    throw refuse(
      `The message attribute name '${name}' is invalid: use up to 256 letters, digits, '_', '-' and '.', ` +
        `without a leading, trailing or doubled period.`,
    );
  }
  if (/^(aws|amazon)\./i.test(name)) {
    throw refuse(`The message attribute name '${name}' starts with a prefix reserved for AWS ('AWS.' or 'Amazon.').`);
  }
};

const parseAttribute = (name: string, value: QueryParams): PublishedAttribute => {
  const DataType = value.get('DataType') ?? '';
  const baseType = DATA_TYPE_PATTERN.exec(DataType)?.[1];
  if (!baseType) {
    throw refuse(
      `The message attribute '${name}' has an invalid message attribute type '${DataType}'; ` +
        `the supported types are String, String.Array, Number and Binary.`,
    );
  }
  if (baseType === 'Binary') {
    const BinaryValue = Buffer.from(value.get('BinaryValue') ?? '', 'base64');
    if (BinaryValue.length === 0) throw refuse(`The message attribute '${name}' must contain a non-empty BinaryValue.`);
    return { DataType, BinaryValue };
  }
  const StringValue = value.get('StringValue') ?? '';
  if (StringValue === '') throw refuse(`The message attribute '${name}' must contain a non-empty StringValue.`);
  if (baseType === 'Number' && !(NUMBER_PATTERN.test(StringValue) && Number.isFinite(Number(StringValue)))) {
    throw refuse(`Could not cast message attribute '${name}' value to number.`);
  }
  return { DataType, StringValue };
};

/** The message attributes under `MessageAttributes` of a request or batch entry, validated. */
export const parseMessageAttributes = (params: QueryParams): PublishedAttributes => {
  const attributes: Record<string, PublishedAttribute> = {};
  for (const entry of params.items('MessageAttributes', 'entry')) {
    const name = entry.get('Name') ?? '';
    assertValidName(name);
    if (Object.hasOwn(attributes, name)) throw refuse(`The message attribute '${name}' is given more than once.`);
    attributes[name] = parseAttribute(name, entry.scoped('Value'));
  }
  return attributes;
};

/** Bytes the attributes add to a message: "all parts of the message attribute, including name, type, and value". */
export const sizeOfAttributes = (attributes: PublishedAttributes): number =>
  Object.entries(attributes).reduce(
    (total, [name, { DataType, StringValue = '', BinaryValue }]) =>
      total +
      Buffer.byteLength(name) +
      Buffer.byteLength(DataType) +
      (BinaryValue ? BinaryValue.length : Buffer.byteLength(StringValue)),
    0,
  );
