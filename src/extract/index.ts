// Article text -> facts. Pure and deterministic: the same text always yields the same facts
// in the same order (order of first mention).
import type { ExtractedArticle } from './types.ts';
import { parseArticle } from './article.ts';
import { countryOf, lookupFolded } from './knowledge.ts';
import { extractMeetings } from './meetings.ts';
import { assembleOrganizations } from './organizations.ts';
import { assemblePeople } from './people.ts';
import { assemblePlaces } from './places.ts';
import { recognize } from './recognize.ts';

export { ArticleParseError, parseArticle, slugOf } from './article.ts';
export { toGold, type GoldArticle, type GoldMeeting } from './gold.ts';
export type * from './types.ts';

export function extractArticle(fileName: string, text: string): ExtractedArticle {
  const article = parseArticle(fileName, text);
  const recognized = recognize(article);
  const datelinePlace = article.dateline === null ? undefined : lookupFolded(article.dateline);
  const datelineCountry = datelinePlace ? countryOf({ kind: 'place', name: datelinePlace.names[0] ?? '' }) : null;
  const orgs = assembleOrganizations(recognized, datelineCountry);
  const orgCountries = new Map(orgs.facts.map((o) => [o.name, o.country]));
  const people = assemblePeople(
    recognized,
    (s) => orgs.nameOfSpan.get(s),
    (name) => orgCountries.get(name) ?? null,
  );
  const places = assemblePlaces(recognized);
  const meetings = extractMeetings(article, recognized, {
    personName: (s) => people.nameOfSpan.get(s),
    orgName: (s) => orgs.nameOfSpan.get(s),
    people: people.facts,
    organizations: orgs.facts,
  });
  return { article, people: people.facts, organizations: orgs.facts, places, meetings };
}
