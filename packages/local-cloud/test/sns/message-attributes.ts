import type { MessageAttributeValue } from '../../src/sns/filter-policy.js';

/** Message attributes as the SNS Publish API carries them, built the way the AWS guide writes them. */
export const stringAttribute = (value: string): MessageAttributeValue => ({ DataType: 'String', StringValue: value });

export const numberAttribute = (value: number | string): MessageAttributeValue => ({
  DataType: 'Number',
  StringValue: String(value),
});

export const stringArrayAttribute = (values: readonly unknown[]): MessageAttributeValue => ({
  DataType: 'String.Array',
  StringValue: JSON.stringify(values),
});

export const binaryAttribute = (): MessageAttributeValue => ({ DataType: 'Binary' });
