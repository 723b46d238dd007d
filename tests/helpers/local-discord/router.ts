/** Path templates such as `/channels/:channel_id/messages`, matched against decoded paths. */

/** Returns a matcher giving the named parameters, or undefined when the path does not match. */
export function compilePath(template: string): (path: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const regex = new RegExp(`^${pattern}/?$`);
  return (path) => {
    const match = regex.exec(path);
    if (!match) return undefined;
    const params: Record<string, string> = {};
    names.forEach((name, index) => {
      params[name] = match[index + 1] ?? '';
    });
    return params;
  };
}

/** Splits a request path into decoded segments (`%40original` becomes `@original`). */
export function decodePath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

export interface Route<Handler> {
  method: string;
  template: string;
  handler: Handler;
  match: (path: string) => Record<string, string> | undefined;
}

export class Router<Handler> {
  private readonly routes: Array<Route<Handler>> = [];

  add(method: string, template: string, handler: Handler): this {
    this.routes.push({ method, template, handler, match: compilePath(template) });
    return this;
  }

  find(method: string, path: string): { route: Route<Handler>; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = route.match(path);
      if (params) return { route, params };
    }
    return undefined;
  }
}
