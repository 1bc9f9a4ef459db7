// Is a name an outlet a story may credit itself to? A listed agency or wire service
// (outlets.json) or a medium of the knowledge base ("China Daily", "Global Times").
import { lookupFolded, organizations } from '../link/knowledge.ts';
import { isAgency } from './word-lists.ts';

/** The name as written when it names an outlet, else null. */
export function outletName(name: string): string | null {
  if (!/^\p{L}/u.test(name)) return null;
  if (isAgency(name)) return name;
  const known = lookupFolded(name);
  return known?.kind === 'org' && organizations.get(known.names[0] ?? '')?.media === true ? name : null;
}
