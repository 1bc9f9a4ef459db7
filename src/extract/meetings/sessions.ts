// "Putin chaired the restricted-format session of the summit": who chairs a session presides over
// a gathering of its own, not bilateral talks, so the talks he holds the same day with a guest
// are another meeting. The session belongs to the body of the gathering it is part of ("of the
// summit": the summit the story reported before).

/** "chaired the restricted-format session", "presided over the plenary meeting"; not "co-chaired" (bilateral). */
export const CHAIRED_SESSION =
  /(?<!-)\b(?:chaired|chairs|chairing|presided over) the ((?:[\w-]+ ){0,3}?(?:session|plenary|meeting|summit|council))\b(?! (?:with|between)\b)/g;

export function isChairedSession(phrase: string): boolean {
  return new RegExp(CHAIRED_SESSION.source).test(phrase);
}

/** "of the summit" right after the session: the kind of gathering it is part of, else null. */
export function partOf(textAfter: string): string | null {
  return /^\s+of the (summit|forum|conference|congress)\b/.exec(textAfter)?.[1] ?? null;
}

/** The bodies of the latest earlier gathering of that kind ("the BRICS summit"). */
export function bodiesOfGathering(kind: string, earlier: ReadonlyArray<{ name: string | null; orgs: readonly string[] }>): string[] {
  const host = [...earlier].reverse().find((c) => c.orgs.length > 0 && c.name !== null && c.name.toLowerCase().includes(kind));
  return [...(host?.orgs ?? [])];
}
