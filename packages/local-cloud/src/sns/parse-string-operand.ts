import { FilterPolicyError } from './filter-policy-error.js';
import type { ValueMatcher } from './filter-policy-types.js';
import { parseIpv4Block, type Ipv4Block } from './ipv4-cidr.js';
import { compileWildcard, countWildcards, MAX_WILDCARDS_PER_PATTERN } from './wildcard.js';

/** The operand of a string operator (`prefix`, `suffix`, ...), which SNS requires to be a string. @internal */
export const requireStringOperand = (operator: string, operand: unknown): string => {
  if (typeof operand !== 'string') throw new FilterPolicyError(`Value of ${operator} must be a string`);
  return operand;
};

/**
 * A `wildcard` pattern, within SNS's limit of three `*`. The SNS guide documents no escape for a
 * literal `*`, so a backslash is refused instead of being given EventBridge's meaning. @internal
 */
export const parseWildcardMatcher = (pattern: string): Extract<ValueMatcher, { kind: 'wildcard' }> => {
  const wildcards = countWildcards(pattern);
  if (wildcards > MAX_WILDCARDS_PER_PATTERN) {
    throw new FilterPolicyError(`Wildcard pattern "${pattern}" has more than ${MAX_WILDCARDS_PER_PATTERN} wildcards`);
  }
  if (pattern.includes('\\')) {
    throw new FilterPolicyError(`Wildcard pattern "${pattern}" uses an escape, which SNS does not document`);
  }
  return { kind: 'wildcard', pattern: compileWildcard(pattern), wildcards };
};

/** A `cidr` operand; only IPv4 blocks are documented for SNS. @internal */
export const parseCidrOperand = (operand: unknown): Ipv4Block => {
  const block = parseIpv4Block(requireStringOperand('cidr', operand));
  if (!block) {
    throw new FilterPolicyError(
      `Value of cidr must be an IPv4 CIDR block such as 10.0.0.0/24, not "${String(operand)}"`,
    );
  }
  return block;
};
