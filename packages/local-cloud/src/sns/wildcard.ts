/**
 * The `wildcard` operator: `*` stands for any run of characters, everything else is literal
 * ("Wildcard", https://docs.aws.amazon.com/sns/latest/dg/string-value-matching.html).
 */

import { escapeRegExp } from '../escape-regexp.js';

/** "Maximum 3 wildcards per pattern" (wildcard pattern usage guidelines, subscription-filter-policy-constraints). */
export const MAX_WILDCARDS_PER_PATTERN = 3;

/** How many `*` a wildcard pattern holds. @internal */
export const countWildcards = (pattern: string): number => pattern.split('*').length - 1;

/** The pattern as an anchored regular expression; `s` lets `*` span line breaks too. @internal */
export const compileWildcard = (pattern: string): RegExp =>
  new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 's');
