import { readBatchItemFailures, type BatchItemFailuresVerdict } from '../../src/lambda/batch-item-failures.js';

// The success and failure conditions of
// https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
const batch = new Set(['id-1', 'id-2', 'id-3']);
const failures = (...itemIdentifiers: unknown[]) =>
  JSON.stringify({ batchItemFailures: itemIdentifiers.map((itemIdentifier) => ({ itemIdentifier })) });

describe('reading a batchItemFailures response', () => {
  it.each<[string, string]>([
    ['an empty batchItemFailures list', '{"batchItemFailures":[]}'],
    ['a null batchItemFailures list', '{"batchItemFailures":null}'],
    ['an empty response', ''],
    ['a null response', 'null'],
    ['a response without batchItemFailures', '{"statusCode":200}'],
  ])('treats %s as complete success', (_case, payload) => {
    expect(readBatchItemFailures(payload, batch)).toEqual({ kind: 'all-succeeded' });
  });

  it.each<[string, string, string]>([
    ['invalid JSON', '{"batchItemFailures":', 'the response is not JSON'],
    ['an empty string itemIdentifier', failures('id-1', ''), 'itemIdentifier ""'],
    ['a null itemIdentifier', failures(null), 'itemIdentifier null'],
    [
      'an itemIdentifier with a bad key name',
      '{"batchItemFailures":[{"itemId":"id-1"}]}',
      'a failure without an itemIdentifier',
    ],
    ['a message ID not in the batch', failures('id-9'), 'itemIdentifier "id-9" is not in the batch'],
    ['a batchItemFailures that is not a list', '{"batchItemFailures":"id-1"}', 'batchItemFailures is not a list'],
  ])('treats %s as complete failure', (_case, payload, reason) => {
    expect(readBatchItemFailures(payload, batch)).toEqual({ kind: 'invalid', reason });
  });

  it('names only the listed messages as failed, each once', () => {
    const verdict: BatchItemFailuresVerdict = readBatchItemFailures(failures('id-3', 'id-1', 'id-3'), batch);

    expect(verdict).toEqual({ kind: 'some-failed', failedMessageIds: new Set(['id-1', 'id-3']) });
  });
});
