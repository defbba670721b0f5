/**
 * `Limit` (1 to 100) and `NextToken` of the List actions
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListRules.html). The token is
 * the index of the next item; items created or deleted between calls may shift it, which AWS does
 * not promise against either. Without a Limit every item is returned in one page.
 */
import { validation } from './eventbridge-error.js';
import type { RequestFields } from './request-fields.js';

export interface Page<T> {
  readonly items: T[];
  readonly nextToken: string | undefined;
}

export const pageOf = <T>(all: readonly T[], request: RequestFields): Page<T> => {
  const limit = request.optionalInteger('Limit', 1, 100) ?? all.length;
  const token = request.optionalString('NextToken');
  const start = token === undefined ? 0 : Number(token);
  if (!Number.isInteger(start) || start < 0 || start > all.length) throw validation('The NextToken is not valid.');
  const end = start + limit;
  return { items: all.slice(start, end), nextToken: end < all.length ? String(end) : undefined };
};

/** The items whose name starts with the request's `NamePrefix`, if it has one. */
export const withNamePrefix = <T extends { name: string }>(all: readonly T[], request: RequestFields): T[] => {
  const prefix = request.optionalString('NamePrefix') ?? '';
  return all.filter(({ name }) => name.startsWith(prefix));
};
