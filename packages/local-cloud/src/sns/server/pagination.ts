/**
 * ListTopics and ListSubscriptions return "up to 100" items and a `NextToken` for the rest
 * (https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html). The token is the index of the
 * next item; items created or deleted between calls may shift it, as AWS also does not promise.
 */
import { invalidParameter } from './sns-error.js';

const PAGE_SIZE = 100;

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken: string | undefined;
}

export const pageOf = <T>(all: readonly T[], nextToken: string | undefined): Page<T> => {
  const start = nextToken === undefined ? 0 : Number(nextToken);
  if (!Number.isInteger(start) || start < 0 || start > all.length) throw invalidParameter('NextToken');
  const end = start + PAGE_SIZE;
  return { items: all.slice(start, end), nextToken: end < all.length ? String(end) : undefined };
};
