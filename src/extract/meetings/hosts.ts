// "Miller and Dai held a working meeting on the sidelines of the St. Petersburg International
// Economic Forum": the forum is where the talks happened, not a second meeting of the same two
// people. A host gathering that names no body of its own and no one beyond the talks on its
// sidelines reports nothing the talks do not.

export interface Hosted {
  kind: string;
  people: string[];
  orgs: string[];
}

const samePeople = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((p) => b.includes(p));

/** The meetings without bare hosts: `hostOf` gives the gathering on whose sidelines a meeting is. */
export function withoutBareHosts<T extends Hosted>(meetings: readonly T[], hostOf: (m: T) => T | undefined): T[] {
  const bare = new Set<T>();
  for (const m of meetings) {
    const host = hostOf(m);
    if (host && host !== m && host.kind === 'event' && host.orgs.length === 0 && samePeople(host.people, m.people)) bare.add(host);
  }
  return meetings.filter((m) => !bare.has(m));
}
