// Names printed above a headline that are the story's source, never its headline: a site's
// masthead, alone ("RTV Pacific") or with its section or tagline ("El Diario de Lima —
// Política", "Lowlands Daily — news from the Low Countries"), and the body that issues a press
// release, in the lines above its label ("REPUBLIC OF X / MINISTRY OF FOREIGN AFFAIRS / Press release").
import { lookupFolded } from '../link/knowledge.ts';
import { titleCase } from './dateline.ts';
import { isOutletLike, outletName } from './outlet.ts';
import { foldWords, outlets, pageFurniture } from './word-lists.ts';

/** The name, a spaced dash or bar, then the section or the tagline. */
const NAME_THEN_SECTION = /^(.+?) [—–|] (.+)$/u;
const NAME_WORD = /^[\p{Lu}\d][\p{L}\d'’.&-]*$/u;

/**
 * The shape of a proper name of at most `maxWords` words: capitalised words and the lower-case
 * particles of names ("Council of the European Union", "MINISTRY OF FOREIGN AFFAIRS", "El Diario de Lima").
 */
export function isNameLine(line: string, maxWords: number): boolean {
  const words = line.split(' ');
  const [first = '', last = ''] = [words[0], words.at(-1)];
  return (
    words.length <= maxWords &&
    NAME_WORD.test(first) &&
    NAME_WORD.test(last) &&
    !/[.,:;]$/.test(line) &&
    words.every((w) => NAME_WORD.test(w) || outlets.nameParticles.has(w))
  );
}

const isMenuWord = (s: string): boolean => pageFurniture.sections.has(foldWords(s)) || pageFurniture.navigation.has(foldWords(s));

/** Not a person, place or body the knowledge base holds, unless it is a medium. */
const unknownOrMedium = (name: string): boolean => lookupFolded(name) === undefined || outletName(name) !== null;

/** "Política", "Mundo", "news from the Low Countries": a section in any language, or a tagline in lower case. */
const isSectionOrTagline = (s: string): boolean =>
  isMenuWord(s) || (/^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(s) && lookupFolded(s) === undefined) || /^\p{Ll}/u.test(s);

/**
 * A short name shaped like a site's: a known medium, a name ending in a medium word ("Harbour
 * Times"), or one opening with the site's own acronym ("RTV Pacific"; not "UN", "EU" or "US", which
 * the knowledge base holds as a body or a place: "EU Summit" is a kicker, "UN Chief Warns" a headline).
 */
const isSiteShaped = (s: string): boolean => {
  const acronym = /^(\p{Lu}{2,5}) \p{Lu}/u.exec(s)?.[1];
  return isOutletLike(s) || (acronym !== undefined && unknownOrMedium(acronym));
};

/**
 * The site's name when the first line of a page is its masthead, else null. Callers pass only a
 * line followed by a headline, which marks the line as above the story's own headline.
 */
export function readMasthead(line: string): string | null {
  const parts = NAME_THEN_SECTION.exec(line);
  if (parts) {
    const [name = '', rest = ''] = [parts[1], parts[2]];
    return isNameLine(name, 5) && !isMenuWord(name) && unknownOrMedium(name) && isSectionOrTagline(rest) ? name : null;
  }
  return isNameLine(line, 3) && !isMenuWord(line) && unknownOrMedium(line) && isSiteShaped(line) ? line : null;
}

/**
 * The body issuing a press release: the last of the name lines above its label. A line set in
 * capitals is the page's typography, so "MINISTRY OF FOREIGN AFFAIRS" is "Ministry of Foreign Affairs".
 */
export function issuingBody(linesAbove: readonly string[]): string | null {
  const body = linesAbove.at(-1);
  if (body === undefined || !linesAbove.every((l) => isNameLine(l, 8))) return null;
  if (/\p{Ll}/u.test(body)) return body;
  return body
    .split(' ')
    .map((w, i) => (i > 0 && outlets.nameParticles.has(w.toLowerCase()) ? w.toLowerCase() : titleCase(w)))
    .join(' ');
}
