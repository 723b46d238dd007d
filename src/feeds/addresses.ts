/**
 * Which addresses the bot may fetch from: only the public internet. Users type the feed urls,
 * so a url must never reach the machine itself, the local network or a cloud metadata service.
 */
import { BlockList, isIP } from 'node:net';

/** Ranges that are not the public internet (RFC 6890 and friends). */
const REFUSED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT (also Alibaba's metadata, 100.100.100.200)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (the cloud metadata service, 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and broadcast
] as const) {
  REFUSED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (AWS metadata: fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) {
  REFUSED.addSubnet(network, prefix, 'ipv6');
}

/** IPv6 forms that carry an IPv4 address: IPv4-mapped, IPv4-compatible, NAT64. */
const EMBEDDED_IPV4 = /^(?:::ffff:(?:0:)?|::|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/i;
const EMBEDDED_HEX = /^(?:::ffff:(?:0:)?|::|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/** The IPv4 address inside an IPv6 one (`::ffff:10.0.0.1`, `::ffff:a00:1`), if any. */
function embeddedIpv4(address: string): string | null {
  const dotted = EMBEDDED_IPV4.exec(address);
  if (dotted) return dotted[1]!;
  const hex = EMBEDDED_HEX.exec(address);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether an IP address (v4 or v6, no brackets) is on the public internet. Anything unreadable is not. */
export function isPublicAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return !REFUSED.check(address, 'ipv4');
  if (version !== 6) return false;
  const inner = embeddedIpv4(address.toLowerCase());
  if (inner !== null) return isIP(inner) === 4 && !REFUSED.check(inner, 'ipv4');
  return !REFUSED.check(address, 'ipv6');
}
