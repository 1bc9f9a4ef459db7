// Roles stated around a name in ways title spans do not cover: lower-case titles
// ("Chinese Foreign Ministry spokesperson Guo Jiakun"), reversed appositions ("the assistant to
// the Russian president, Yuri Ushakov") and counterparts ("his Chinese counterpart Wang Yi" holds
// the title of the other party).
import type { RoleFact } from '../types.ts';
import { demonyms } from '../link/knowledge.ts';
import type { Recognized, Span } from '../recognize/spans.ts';

const LOWER_TITLES = new Set(
  ('spokesperson spokesman spokeswoman ambassador envoy aide assistant adviser advisor governor mayor chairman chairwoman ' +
    'director professor minister secretary president premier commander attache').split(' '),
);
const LOWER_MODIFIERS = new Set('deputy vice senior chief press former first executive presidential defense foreign'.split(' '));

export interface RoleContext {
  /** Non-nested spans by the token index they end at. */
  endingAt: Map<number, Span>;
  orgName: (s: Span) => string | undefined;
  orgCountry: (name: string) => string | null;
}

function at(r: Recognized, from: number, to: number, sentence: number): Pick<RoleFact, 'sentence' | 'start' | 'end'> {
  return { sentence, start: r.tokens[from]?.start ?? 0, end: r.tokens[to - 1]?.end ?? 0 };
}

/** Lower-case title words ending at token `end` (exclusive): "deputy spokesperson" -> [start, end). */
function lowerTitleBefore(r: Recognized, end: number): number {
  if (!LOWER_TITLES.has(r.tokens[end - 1]?.text ?? '')) return -1;
  let k = end - 1;
  while (k > 0 && LOWER_MODIFIERS.has(r.tokens[k - 1]?.text ?? '')) k--;
  return k;
}

/** Organization and country cues in the token range: "Chinese Foreign Ministry", "the Russian president". */
function cues(r: Recognized, from: number, to: number, ctx: RoleContext): { organization: string | null; country: string | null } {
  let organization: string | null = null;
  let country: string | null = null;
  for (const s of r.spans) {
    if (s.nested || s.i < from || s.j > to) continue;
    if (s.type === 'org') {
      organization ??= ctx.orgName(s) ?? null;
      country ??= ctx.orgCountry(organization ?? '');
    } else if (s.type === 'demonym') country ??= s.known[0] ?? null;
  }
  for (let k = from; k < to && country === null; k++) country = demonyms.get(r.tokens[k]?.text ?? '') ?? null;
  return { organization, country };
}

/** "Chinese Foreign Ministry spokesperson Guo Jiakun". */
export function lowerCaseTitleRole(r: Recognized, person: Span, ctx: RoleContext): RoleFact | null {
  const start = lowerTitleBefore(r, person.i);
  if (start < 0) return null;
  const owner = ctx.endingAt.get(start);
  const from = owner && owner.sentence === person.sentence ? (ctx.endingAt.get(owner.i)?.type === 'demonym' ? owner.i - 1 : owner.i) : start;
  const title = r.body.slice(r.tokens[start]?.start ?? 0, r.tokens[person.i - 1]?.end ?? 0);
  return { title, ...cues(r, from, start, ctx), ...at(r, start, person.i, person.sentence) };
}

/** "the assistant to the Russian president, Yuri Ushakov", "the Chinese Defense Ministry spokesman, Senior Colonel Zhang Xiaogang". */
export function reversedAppositionRole(r: Recognized, person: Span, ctx: RoleContext): RoleFact | null {
  let k = person.i;
  const before = ctx.endingAt.get(k);
  if (before?.type === 'title' && before.sentence === person.sentence) k = before.i;
  if (r.tokens[k - 1]?.text !== ',') return null;
  const comma = k - 1;
  // The phrase back to its "the", within a short noun phrase and the same sentence.
  let the = -1;
  for (let m = comma - 1; m >= Math.max(comma - 10, r.sentenceTokens[person.sentence]?.[0] ?? 0); m--) {
    const w = r.tokens[m]?.text ?? '';
    if (w === ',' || w === '.' || w === ';') break;
    // Not the "the" of a complement ("assistant to the president"), but "according to the ...".
    const inner = /^(?:to|of)$/.test(r.tokens[m - 1]?.text ?? '') && !/^[Aa]ccording$/.test(r.tokens[m - 2]?.text ?? '');
    if (/^[Tt]he$/.test(w) && !inner) {
      the = m;
      break;
    }
  }
  if (the < 0) return null;
  for (let m = the + 1; m < comma; m++) {
    const w = r.tokens[m]?.text ?? '';
    if (!LOWER_TITLES.has(w)) continue;
    // "assistant to the Russian president" -> "assistant to the president".
    let title = w;
    const start = lowerTitleBefore(r, m + 1);
    if (start > the) title = r.body.slice(r.tokens[start]?.start ?? 0, r.tokens[m]?.end ?? 0);
    const to = r.tokens[m + 1]?.text === 'to' && r.tokens[m + 2]?.text === 'the' ? m + 3 : -1;
    const noun = to > 0 ? [...r.tokens.slice(to, comma)].reverse().find((t) => /^\p{Ll}+$/u.test(t.text)) : undefined;
    if (noun) title = `${title} to the ${noun.text}`;
    return { title, ...cues(r, the, comma, ctx), ...at(r, Math.max(start, the + 1), comma, person.sentence) };
  }
  return null;
}

const COUNTERPART = /^(?:his|her|their|its)$/i;

/** "his Chinese counterpart Wang Yi": the title of the other party, with the stated country. */
export function counterpartRole(r: Recognized, person: Span, other: RoleFact | undefined): RoleFact | null {
  const k = person.i;
  if (!/^counterparts?$/.test(r.tokens[k - 1]?.text ?? '') || other === undefined) return null;
  const demonym = demonyms.get(r.tokens[k - 2]?.text ?? '');
  const owner = demonym === undefined ? k - 2 : k - 3;
  if (!COUNTERPART.test(r.tokens[owner]?.text ?? '')) return null;
  return { title: other.title, organization: other.organization, country: demonym ?? null, ...at(r, owner, k, person.sentence) };
}
