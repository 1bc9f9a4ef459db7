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

export const packageCountries: PackageCountry[] = records.map((c) => ({
  name: c.name.common,
  code: c.cca2,
  aliases: [...new Set([c.name.official, ...c.altSpellings].filter((s) => usable(s) && s !== c.name.common))],
  demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))],
}));
