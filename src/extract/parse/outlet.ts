// Is a name an outlet a story may credit itself to? A listed agency or wire service
// (outlets.json) or a medium of the knowledge base ("China Daily", "Global Times"). Beside a stamp
// or a section, a short name ending in a medium word ("Ahram Online", "ANTARA News") is one too.
import { lookupFolded, organizations } from '../link/knowledge.ts';
import { foldWords, isAgency, outlets, pageFurniture } from './word-lists.ts';

/** Two or three capitalised words: a longer title-case line is more likely a headline ("Trump Attacks Fake News"). */
const ACRONYM = /^\p{Lu}{2,5}$/u;
const NAME_WORDS = /^\p{Lu}[\p{L}'&-]*(?: \p{Lu}[\p{L}'&-]*){1,2}$/u;

/** The name as written when it names an outlet, else null. */
export function outletName(name: string): string | null {
  if (!/^\p{L}/u.test(name)) return null;
  if (isAgency(name)) return name;
  const known = lookupFolded(name);
  return known?.kind === 'org' && organizations.get(known.names[0] ?? '')?.media === true ? name : null;
}

/**
 * A known outlet, or a name shaped like one: ending in a medium word, or an acronym ("TNN", "IANS"),
 * and no section or navigation entry ("World News", "UK"). Alone such a name could be a headline ("Good News"); callers accept it
 * only where the layout marks it as the site's name, before a stamp or a section.
 */
export function isOutletLike(name: string): boolean {
  if (outletName(name) !== null) return true;
  const acronym = ACRONYM.test(name);
  if (!acronym && !NAME_WORDS.test(name)) return false;
  const folded = foldWords(name);
  if (pageFurniture.sections.has(folded) || pageFurniture.navigation.has(folded)) return false;
  // "Harbour Times", "DAILY SABAH": a medium word ends the name, or "Daily" opens it.
  return acronym || outlets.mediumWords.has(foldWords(name.slice(name.lastIndexOf(' ') + 1))) || /^daily /i.test(name);
}
