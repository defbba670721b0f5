import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { EventPatternError } from './event-pattern-error.js';
import type { ValueMatcher } from './event-pattern-types.js';

/**
 * `cidr`, "for IPv4 and IPv6 addresses" ("IP address matching",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-ip-matching).
 * The block is checked as Event Ruler checks it, and with its reasons: one `/`, an integer mask,
 * and a mask below the address width (`/32` and `/128` are refused there, so they are here).
 * Node's `BlockList` does the matching, which also places an IPv4-mapped IPv6 address
 * (`::ffff:10.0.0.1`) in an IPv4 block.
 */

const familyOf = (address: string): 'ipv4' | 'ipv6' | undefined =>
  isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;

/** Parses the operand of `cidr`. Only strings that are IP addresses match it. @internal */
export const parseCidr = (operand: unknown): ValueMatcher => {
  if (typeof operand !== 'string') throw new EventPatternError('cidr match pattern must be a string');
  const [address = '', maskText, extra] = operand.split('/');
  if (maskText === undefined || extra !== undefined) throw new EventPatternError("Malformed CIDR, one '/' required");
  if (!/^-?\d+$/.test(maskText)) throw new EventPatternError('Malformed CIDR, mask bits must be an integer');
  const maskBits = Number(maskText);
  if (maskBits < 0) throw new EventPatternError('Malformed CIDR, mask bits must not be negative');
  const family = familyOf(address);
  if (family === undefined) throw new EventPatternError(`Invalid IP address: ${address}`);
  const width = family === 'ipv4' ? 32 : 128;
  if (maskBits >= width)
    throw new EventPatternError(`${family === 'ipv4' ? 'IPv4' : 'IPv6'} mask bits must be < ${width}`);
  const block = new BlockList();
  block.addSubnet(address, maskBits, family);
  return {
    describe: `cidr:${operand}`,
    matches: (value) => {
      if (typeof value !== 'string') return false;
      const valueFamily = familyOf(value);
      return valueFamily !== undefined && block.check(value, valueFamily);
    },
  };
};
