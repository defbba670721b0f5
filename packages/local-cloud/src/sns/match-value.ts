import type { LeafValue, NumericBound, ScaledNumber, ValueMatcher } from './filter-policy-types.js';
import { isInIpv4Block } from './ipv4-cidr.js';
import { scaleNumber } from './numbers.js';

const isAbove = (value: ScaledNumber, bound: NumericBound | undefined): boolean =>
  !bound || (bound.inclusive ? value >= bound.value : value > bound.value);

const isBelow = (value: ScaledNumber, bound: NumericBound | undefined): boolean =>
  !bound || (bound.inclusive ? value <= bound.value : value < bound.value);

/**
 * Whether one leaf value of the message satisfies one matcher (`exists` aside: it is about the key,
 * not a value). Each operator compares values of its own JSON type, as SNS compares String
 * attributes to strings and Number attributes to numbers
 * (https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html), so a
 * string never equals a number, and `anything-but` a list of strings does not accept a number. @internal
 */
export const matchesValue = (matcher: ValueMatcher, value: LeafValue): boolean => {
  if (typeof value === 'number') {
    const scaled = scaleNumber(value);
    switch (matcher.kind) {
      case 'exact-number':
        return scaled === matcher.value;
      case 'numeric':
        return matcher.equals === undefined
          ? isAbove(scaled, matcher.lower) && isBelow(scaled, matcher.upper)
          : scaled === matcher.equals;
      case 'anything-but':
        return matcher.numbers.length > 0 && !matcher.numbers.includes(scaled);
      default:
        return false;
    }
  }
  if (typeof value !== 'string') return matcher.kind === 'exact' && matcher.value === value;
  switch (matcher.kind) {
    case 'exact':
      return matcher.value === value;
    case 'prefix':
      return value.startsWith(matcher.prefix);
    case 'suffix':
      return value.endsWith(matcher.suffix);
    case 'equals-ignore-case':
      return value.toLowerCase() === matcher.lowerCased;
    case 'wildcard':
      return matcher.pattern.test(value);
    case 'cidr':
      return isInIpv4Block(value, matcher);
    case 'anything-but':
      return matcher.strings.length > 0 && !matcher.strings.includes(value);
    case 'anything-but-string':
      return !matcher.test(value);
    default:
      return false;
  }
};
