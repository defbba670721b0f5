/**
 * The checks PublishBatch makes on its entries as a whole before it publishes any
 * (https://docs.aws.amazon.com/sns/latest/api/API_PublishBatch.html): 1 to 10 entries, ids of at
 * most 80 letters, digits, hyphens and underscores, distinct, and all messages together within
 * 256 KiB. Each failure refuses the whole request, with the wording of the API's error list.
 */
import { MAX_MESSAGE_BYTES } from './published-message.js';
import type { QueryParams } from './query-params.js';
import { SnsError } from './sns-error.js';

const MAX_ENTRIES = 10;
const ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface BatchEntry {
  readonly id: string;
  readonly params: QueryParams;
}

export const batchEntriesOf = (params: QueryParams): BatchEntry[] => {
  const entries = params
    .items('PublishBatchRequestEntries', 'member')
    .map((entry) => ({ id: entry.get('Id') ?? '', params: entry }));
  if (entries.length === 0) throw new SnsError('EmptyBatchRequest', "The batch request doesn't contain any entries.");
  if (entries.length > MAX_ENTRIES) {
    throw new SnsError('TooManyEntriesInBatchRequest', 'The batch request contains more entries than permissible.');
  }
  if (entries.some(({ id }) => !ENTRY_ID.test(id))) {
    throw new SnsError(
      'InvalidBatchEntryId',
      "The Id of a batch entry in a batch request doesn't abide by the specification.",
    );
  }
  if (new Set(entries.map(({ id }) => id)).size !== entries.length) {
    throw new SnsError('BatchEntryIdsNotDistinct', 'Two or more batch entries in the request have the same Id.');
  }
  return entries;
};

/** Refuses a batch whose messages, with their attributes, add up to more than 256 KiB. */
export const assertBatchSize = (sizes: readonly number[]): void => {
  if (sizes.reduce((total, size) => total + size, 0) > MAX_MESSAGE_BYTES) {
    throw new SnsError('BatchRequestTooLong', 'The length of all the messages put together is more than the limit.');
  }
};
