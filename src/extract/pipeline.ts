// The extraction pipeline, stage by stage: article text -> facts. Each stage is a pure function
// of what earlier stages returned; its folder holds its rules and its tests live beside it in
// test/extract/<stage>/. Pure and deterministic: the same text always yields the same facts in
// the same order (order of first mention).
import type { ExtractedArticle, OrganizationFact } from './types.ts';
import { parseArticle } from './parse/article.ts';
import { recognize } from './recognize/recognize.ts';
import { assembleOrganizations } from './classify/organizations.ts';
import { assemblePeople } from './classify/people.ts';
import { assemblePlaces } from './classify/places.ts';
import { countryOf, lookupFolded } from './link/knowledge.ts';
import { isGenericCredit } from './parse/word-lists.ts';
import { foldName } from './recognize/tokens.ts';
import { extractMeetings, type MeetingOptions } from './meetings/meetings.ts';

export interface ExtractOptions {
  /** Meeting passes and clause rules to leave out, by name (`npm run eval -- --ablate`). */
  meetings?: MeetingOptions;
}

export function extractArticle(fileName: string, text: string, options: ExtractOptions = {}): ExtractedArticle {
  // parse/: header, dateline, body, paragraphs, sentences
  const article = parseArticle(fileName, text);
  // recognize/: typed candidate spans (names, titles, demonyms) with within-article short forms
  const recognized = recognize(article);
  // link/ + classify/: each kind assembled into facts, linked to known entities
  const datelinePlace = article.dateline === null ? undefined : lookupFolded(article.dateline);
  const datelineCountry = datelinePlace ? countryOf({ kind: 'place', name: datelinePlace.names[0] ?? '' }) : null;
  const orgs = assembleOrganizations(recognized, datelineCountry);
  const credited = creditedOutlet(article.source, orgs.facts);
  if (credited) orgs.facts.push(credited);
  const orgCountries = new Map(orgs.facts.map((o) => [o.name, o.country]));
  const people = assemblePeople(
    recognized,
    (s) => orgs.nameOfSpan.get(s),
    (name) => orgCountries.get(name) ?? null,
  );
  const places = assemblePlaces(recognized);
  // meetings/: event frames from triggers, then the ordered meeting passes
  const meetings = extractMeetings(
    article,
    recognized,
    {
      personName: (s) => people.nameOfSpan.get(s),
      orgName: (s) => orgs.nameOfSpan.get(s),
      people: people.facts,
      organizations: orgs.facts,
    },
    options.meetings,
  );
  return { article, people: people.facts, organizations: orgs.facts, places, meetings };
}

/**
 * The outlet a story credits itself to in its header ("TNN | Aug 7, 2025", "Yle News") is a media
 * organization of the article even when the body never names it; a generic credit ("Agencies") is none.
 */
function creditedOutlet(source: string | null, facts: readonly OrganizationFact[]): OrganizationFact | null {
  if (source === null || isGenericCredit(source)) return null;
  const known = lookupFolded(source);
  const name = known?.kind === 'org' ? (known.names[0] ?? source) : source;
  const folded = new Set([source, name].map(foldName));
  const named = facts.some((o) => [o.name, o.acronym ?? '', ...o.aliases, ...o.mentions.map((m) => m.text)].some((n) => folded.has(foldName(n))));
  return named ? null : { name, acronym: null, country: known?.kind === 'org' ? countryOf({ kind: 'org', name }) : null, parent: null, aliases: name === source ? [] : [source], mentions: [] };
}
