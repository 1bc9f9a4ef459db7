// People named by the page furniture rather than the story: photo credits in captions
// ("(Xinhua/Liu Weibing)", "LI XIANG/XINHUA"), editor footers, bylines and a wire's closing
// credits ("(Reporting by A in Manila and B; Editing by C)").
import type { ParsedArticle } from '../types.ts';
import { lookupFolded } from '../link/knowledge.ts';
import { titleCase } from '../parse/dateline.ts';
import { isOutletLike } from '../parse/outlet.ts';
import type { Role, SpanType } from './spans.ts';

export interface CharSpan {
  type: SpanType;
  start: number;
  end: number;
  known: string[];
  name?: string;
  role?: Role;
}

const AGENCY_CREDIT = /\((\p{Lu}[\p{L} ]*?)\/([^)]+)\)\s*$/u;
const CAPS_CREDIT = /\b(\p{Lu}[\p{Lu}'-]+(?: \p{Lu}[\p{Lu}'-]+){1,3})\/(\p{Lu}[\p{Lu} ]*\p{Lu})\]?\s*$/u;
const EDITORS = /^\((?:web )?editors?:\s*([^)]+)\)$/i;
const BYLINE = /^by\s+(.+)$/i;
/** "(Reporting by A in Manila and B in Tokyo; Editing by C)": each part's names, without where they filed from. */
const WIRE_CREDITS = /^\(?(?:(?:additional )?reporting|writing|editing|edited|compiled|research)\b[^()]*\bby\b[^()]*\)?$/i;
const WIRE_CREDIT_PART = /(?:^|;\s*)\(?(?:additional )?(?:reporting|writing|editing|edited|compiled|research)(?: and (?:writing|editing|reporting))?(?: by)\s+([^;)]+)/gi;
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L} .'-]*$/u;
/** ALL-CAPS names ("ZHANG YI") are named in title case; the surface stays as written. */
const nameCase = (s: string): string => (/\p{Ll}/u.test(s) ? s : titleCase(s));
const NAME_LIST_SEPARATOR = /,\s*|\s+and\s+/;

function agency(surface: string): string {
  const known = lookupFolded(surface);
  return known?.kind === 'org' ? (known.names[0] ?? surface) : titleCase(surface);
}

/** Each name in a list ("A, B and C") as a span at its own offset. */
function names(list: string, at: number, role: Role | undefined, rename: (s: string) => string): CharSpan[] {
  const spans: CharSpan[] = [];
  let offset = 0;
  for (const part of list.split(NAME_LIST_SEPARATOR)) {
    const index = list.indexOf(part, offset);
    offset = index + part.length;
    const name = part.trim();
    if (!/^\p{Lu}/u.test(name)) continue;
    const start = at + index + (part.length - part.trimStart().length);
    const known = lookupFolded(name);
    spans.push({
      type: 'person',
      start,
      end: start + name.length,
      known: known?.kind === 'person' ? known.names : [],
      name: rename(name),
      ...(role ? { role } : {}),
    });
  }
  return spans;
}

export function creditSpans(article: ParsedArticle): CharSpan[] {
  const spans: CharSpan[] = [];
  for (const p of article.paragraphs) {
    const text = article.body.slice(p.start, p.end);
    if (p.kind === 'caption') {
      const paren = AGENCY_CREDIT.exec(text);
      if (paren) {
        const [left = '', right = ''] = [paren[1], paren[2]];
        // "(Xinhua/Liu Weibing)", or the other way round: "(Jordan Ortiz/The Associated Press)".
        const agencyLast = isOutletLike(right.replace(/^the /i, '')) && !isOutletLike(left);
        const org = agency(agencyLast ? right.replace(/^the /i, '') : left);
        const list = agencyLast ? left : right;
        const at = p.start + (paren.index ?? 0) + 1 + (agencyLast ? 0 : left.length + 1);
        spans.push(...names(list, at, { title: 'photographer', organization: org, country: null }, (s) => s));
        continue;
      }
      const caps = CAPS_CREDIT.exec(text);
      if (caps) {
        const at = p.start + (caps.index ?? 0);
        const person = caps[1] ?? '';
        const org = agency(caps[2] ?? '');
        spans.push(...names(person, at, { title: 'photographer', organization: org, country: null }, titleCase));
        const orgStart = at + person.length + 1;
        spans.push({ type: 'org', start: orgStart, end: orgStart + (caps[2]?.length ?? 0), known: [org] });
      }
    } else if (p.kind === 'text' && text.length <= 300 && WIRE_CREDITS.test(text)) {
      for (const part of text.matchAll(WIRE_CREDIT_PART)) {
        const list = part[1] ?? '';
        const at = p.start + (part.index ?? 0) + part[0].length - list.length;
        for (const name of list.split(NAME_LIST_SEPARATOR)) {
          const person = name.replace(FILED_FROM, '').trim();
          if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+){1,3}$/u.test(person)) continue;
          const start = at + list.indexOf(name) + (name.length - name.trimStart().length);
          spans.push({ type: 'person', start, end: start + person.length, known: [], name: person });
        }
      }
    } else if (p.kind === 'footer') {
      const editors = EDITORS.exec(text);
      if (editors) {
        const at = p.start + text.indexOf(editors[1] ?? '');
        spans.push(...names(editors[1] ?? '', at, { title: 'web editor', organization: null, country: null }, (s) => s));
        continue;
      }
      // "By ZHANG YI" or a bare author name from a byline row ("Talha Ozturk").
      const author = BYLINE.exec(text)?.[1] ?? text;
      spans.push(...names(author, p.start + text.length - author.length, undefined, nameCase));
    }
  }
  return spans;
}
