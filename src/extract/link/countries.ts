// Countries from world-countries: common and official names, alternative spellings and
// demonyms, so every country of the world is a place and "Kenyan" points at Kenya.
import { createRequire } from 'node:module';

interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  independent: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
}

const records = createRequire(import.meta.url)('world-countries') as CountryRecord[];

export interface PackageCountry {
  name: string;
  code: string;
  aliases: string[];
  demonyms: string[];
}

/** Spellings worth matching in text: not two-letter codes ("TR"), which collide with words. */
const usable = (s: string): boolean => s.length > 3 || /^[A-Z]{3}$/.test(s);

/** Latin-script spellings only: the texts are English. */
const latin = (s: string): boolean => /^[\p{Script=Latin}\s.'’()-]+$/u.test(s);

export const packageCountries: PackageCountry[] = records.map((c) => {
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
  // "Thai" among Thailand's spellings is its demonym: "Thai Foreign Minister" names no place.
  const aliases = [c.name.official, ...c.altSpellings].filter((s) => usable(s) && latin(s) && s !== c.name.common && !demonyms.includes(s));
  return { name: c.name.common, code: c.cca2, aliases: [...new Set(aliases)], demonyms };
});
