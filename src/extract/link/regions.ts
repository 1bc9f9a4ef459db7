// First-level divisions of the world's countries (provinces, states, regions: country-state-city's
// ISO 3166-2 subdivisions), so "Balochistan", "Minas Gerais" and "Alberta" are places of their
// country. A name that is also an English word ("Unity", "Lakes", "Central") stays out. A name is
// taken whole: without its suffix, "Ewa District", "Gao Region" and "Shan State" would turn a
// given name, a surname and a river into places.
import { createRequire } from 'node:module';
import { isCommonWord } from './common-words.ts';

interface StateRecord {
  name: string;
  countryCode: string;
}

export interface PackageRegion {
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
}

/** Latin-script names that are no English word and hold no digit or code. */
function usable(name: string): boolean {
  if (!/^\p{Lu}[\p{Script=Latin}\s.'’-]+$/u.test(name)) return false;
  const words = name.split(' ');
  return !(words.length === 1 && isCommonWord(name));
}

/**
 * Where a country lists more divisions than this, the list goes down to districts and
 * municipalities (Slovenia 211, Uganda 125, the Czech Republic's districts: "Sokolov"), whose
 * names are as often people's; those countries' regions come from the curated file alone.
 */
const MAX_DIVISIONS = 85;

function loadRegions(): PackageRegion[] {
  const all = createRequire(import.meta.url)('country-state-city/lib/assets/state.json') as StateRecord[];
  const perCountry = new Map<string, number>();
  for (const s of all) perCountry.set(s.countryCode, (perCountry.get(s.countryCode) ?? 0) + 1);
  return all
    .filter((s) => (perCountry.get(s.countryCode) ?? 0) <= MAX_DIVISIONS && usable(s.name))
    .map((s) => ({ name: s.name, country: s.countryCode }));
}

export const packageRegions: PackageRegion[] = loadRegions();
