/**
 * DynamoDB's JSON protocol as it travels: attribute values stay in their wire form
 * (`{"S": "x"}`, `{"N": "1"}`, binary as base64), so requests pass to dynalite byte for byte
 * without the SDK's conversions (which would turn base64 strings into blobs and back).
 */
export type AttributeValue = Readonly<Record<string, unknown>>;

/** An item, a key or an ExpressionAttributeValues map. */
export type Item = Readonly<Record<string, AttributeValue>>;

export type JsonObject = Readonly<Record<string, unknown>>;

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so equal requests and keys compare equal however they were built. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isJsonObject(value)) {
    const members = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};
