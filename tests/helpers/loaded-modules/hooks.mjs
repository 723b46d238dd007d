/** Module hooks (off the main thread): each module's URL, as it is loaded, posted to record.mjs. */
let port;

export function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  port.postMessage(url);
  return nextLoad(url, context);
}
