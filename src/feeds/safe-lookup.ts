/**
 * Name resolution that checks what it found: the socket connects to the very address that was
 * checked (it is handed to `net.connect` as its `lookup`), so a name that resolves to a public
 * address once and to 127.0.0.1 a moment later (DNS rebinding) cannot slip through.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { FetchRefused } from './fetch-errors.js';

/** Resolves a host name to its addresses (the system's resolver unless a test gives another). */
export type Resolver = (host: string) => Promise<LookupAddress[]>;

/** Which addresses may be fetched from. */
export type AddressPolicy = (address: string) => boolean;

/** The system's resolver: every address the name has. */
export const systemResolver: Resolver = (host) =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/**
 * A `lookup` for `net.connect` that resolves once, refuses the name if any of its addresses is
 * refused (a name with one private address is not a public site), and hands back the checked ones.
 */
export function checkedLookup(resolver: Resolver, allowed: AddressPolicy): LookupFunction {
  return (host, options, callback) => {
    resolver(host).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = found.filter((a) => wanted === 0 || a.family === wanted);
        const refused = addresses.find((a) => !allowed(a.address));
        if (addresses.length === 0) {
          callback(Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' }), '', 4);
        } else if (refused) {
          callback(new FetchRefused('address', refused.address), '', 4);
        } else if (options.all) {
          (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        } else {
          callback(null, addresses[0]!.address, addresses[0]!.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };
}

/** An IP literal in a url (the socket skips `lookup` for those), checked before any connection. */
export function checkLiteral(hostname: string, allowed: AddressPolicy): void {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  if (isIP(bare) && !allowed(bare)) throw new FetchRefused('address', bare);
}
