/**
 * IPv4 CIDR blocks for the `cidr` operator ("IP address matching",
 * https://docs.aws.amazon.com/sns/latest/dg/string-value-matching.html). The SNS guide shows only
 * IPv4; IPv6 blocks are refused at parse time rather than matched by guesswork.
 */

/** A CIDR block as a network address and mask, both unsigned 32-bit integers. @internal */
export interface Ipv4Block {
  network: number;
  mask: number;
}

const OCTET = /^(?:0|[1-9]\d{0,2})$/;

/** The address as an unsigned 32-bit integer, or undefined when it is not a dotted IPv4 address. @internal */
export const parseIpv4 = (text: string): number | undefined => {
  const octets = text.split('.');
  if (octets.length !== 4 || !octets.every((octet) => OCTET.test(octet) && Number(octet) <= 255)) {
    return undefined;
  }
  return octets.reduce((address, octet) => address * 256 + Number(octet), 0);
};

/** `10.0.0.0/24` as a block, or undefined when it is not an IPv4 CIDR block. @internal */
export const parseIpv4Block = (text: string): Ipv4Block | undefined => {
  const [address, length, extra] = text.split('/');
  const prefixLength = Number(length);
  const ip = address === undefined ? undefined : parseIpv4(address);
  if (ip === undefined || extra !== undefined || !/^\d{1,2}$/.test(length ?? '') || prefixLength > 32) {
    return undefined;
  }
  const mask = prefixLength === 0 ? 0 : (~0 << (32 - prefixLength)) >>> 0;
  return { network: (ip & mask) >>> 0, mask };
};

/** Whether a message value is an IPv4 address inside the block. @internal */
export const isInIpv4Block = (value: string, block: Ipv4Block): boolean => {
  const ip = parseIpv4(value);
  return ip !== undefined && (ip & block.mask) >>> 0 === block.network;
};
