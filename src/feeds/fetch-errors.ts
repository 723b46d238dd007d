/** Why a fetch was refused or failed; each reason is told to the managers in their language. */
export type FetchFailure =
  | 'scheme' // not http or https
  | 'address' // a loopback, private, link-local, multicast or metadata address
  | 'redirects' // more than 3 redirects
  | 'timeout' // no full answer within 10 s
  | 'too-large' // over the size limit
  | 'content-type' // HTML where a feed was expected, or anything that is not a page
  | 'status' // 4xx or 5xx
  | 'network'; // refused, reset, unknown name

/** A fetch that did not bring back a body; `detail` is the address, the status or the type seen. */
export class FetchRefused extends Error {
  constructor(
    readonly reason: FetchFailure,
    readonly detail = '',
    /** The HTTP status, for `status`. */
    readonly status?: number,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'FetchRefused';
  }
}
