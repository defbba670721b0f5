/**
 * What a function's answer means for its batch when the mapping has ReportBatchItemFailures, by
 * the rules of https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html:
 * - complete success: an empty or null `batchItemFailures` list, an empty or null response;
 * - complete failure: invalid JSON, an `itemIdentifier` that is empty, null, missing (a bad key
 *   name) or names a message not in the batch;
 * - otherwise only the listed messages failed.
 * A response without a `batchItemFailures` key counts as success, as AWS treats it.
 */
export type BatchItemFailuresVerdict =
  | { kind: 'all-succeeded' }
  | { kind: 'some-failed'; failedMessageIds: ReadonlySet<string> }
  | { kind: 'invalid'; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseJson = (payload: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(payload) };
  } catch {
    return { ok: false };
  }
};

/** The failed message's ID, or why the entry makes the whole response invalid. */
const identifierOf = (failure: unknown, batchMessageIds: ReadonlySet<string>): { id: string } | { invalid: string } => {
  if (!isObject(failure) || !('itemIdentifier' in failure)) return { invalid: 'a failure without an itemIdentifier' };
  const id = failure['itemIdentifier'];
  if (typeof id !== 'string' || id === '') return { invalid: `itemIdentifier ${JSON.stringify(id)}` };
  // Message IDs are not customer data, so naming the stray one helps without leaking anything.
  if (!batchMessageIds.has(id)) return { invalid: `itemIdentifier "${id}" is not in the batch` };
  return { id };
};

/** @internal */
export const readBatchItemFailures = (
  payload: string,
  batchMessageIds: ReadonlySet<string>,
): BatchItemFailuresVerdict => {
  if (payload.trim() === '') return { kind: 'all-succeeded' };
  const parsed = parseJson(payload);
  if (!parsed.ok) return { kind: 'invalid', reason: 'the response is not JSON' };
  if (!isObject(parsed.value)) return { kind: 'all-succeeded' };
  const failures: unknown = parsed.value['batchItemFailures'];
  if (failures === undefined || failures === null) return { kind: 'all-succeeded' };
  if (!Array.isArray(failures)) return { kind: 'invalid', reason: 'batchItemFailures is not a list' };
  const failedMessageIds = new Set<string>();
  for (const failure of failures as unknown[]) {
    const identifier = identifierOf(failure, batchMessageIds);
    if ('invalid' in identifier) return { kind: 'invalid', reason: identifier.invalid };
    failedMessageIds.add(identifier.id);
  }
  return failedMessageIds.size === 0 ? { kind: 'all-succeeded' } : { kind: 'some-failed', failedMessageIds };
};
