// Deep links: every view lives in the URL's hash (`#/network/<id>?from=2025-01-01`), so a URL
// reopens it and the browser's history (back, forward) moves between views.

export interface Route {
  /** Path segments after `#/`, decoded: ['person', 'UGVyc29uOjE='] */
  path: string[];
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** The href of a view; empty parameters are left out. */
export function href(path: string[], params: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const search = query.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}`;
}

/** Opens a view, adding it to the history. */
export function navigate(target: string): void {
  location.hash = target;
}

/** The href of an entity's page, from its GraphQL type name and global ID. */
export function entityHref(typename: string, id: string): string {
  return href([typename.toLowerCase(), id]);
}
