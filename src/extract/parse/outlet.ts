// Is a name an outlet a story may credit itself to? A listed agency or wire service
// (outlets.json), a medium of the knowledge base ("China Daily", "Global Times"), or a short
// capitalised name ending in a medium word ("Ahram Online", "ANTARA News") that is no section.
import { lookupFolded, organizations } from '../link/knowledge.ts';
import { foldWords, isAgency, outlets, pageFurniture } from './word-lists.ts';

/** Two to four capitalised words; the last one is checked against the medium words. */
const NAME_WORDS = /^\p{Lu}[\p{L}'&-]*(?: \p{Lu}[\p{L}'&-]*){1,3}$/u;

function isMediumName(name: string): boolean {
  if (!NAME_WORDS.test(name)) return false;
  const folded = foldWords(name);
  if (pageFurniture.sections.has(folded) || pageFurniture.navigation.has(folded)) return false;
  return outlets.mediumWords.has(foldWords(name.slice(name.lastIndexOf(' ') + 1)));
}

/** The name as written when it names an outlet, else null. */
export function outletName(name: string): string | null {
  if (!/^\p{L}/u.test(name)) return null;
  if (isAgency(name) || isMediumName(name)) return name;
  const known = lookupFolded(name);
  return known?.kind === 'org' && organizations.get(known.names[0] ?? '')?.media === true ? name : null;
}
