// The facts extraction produces: plain data, no database types. Every offset is a
// character offset into `ParsedArticle.body`, so each fact can be traced to its sentence.

export type PlaceKind = 'city' | 'region' | 'country' | 'venue';
export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';
export type MeetingStatus = 'held' | 'scheduled';
export type ParagraphKind = 'text' | 'caption' | 'footer';

export interface Paragraph {
  index: number;
  kind: ParagraphKind;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface ParsedArticle {
  fileName: string;
  /** Stable identifier derived from the file name (`001_eeb6f145542a736b.txt` -> `001-eeb6f145542a736b`). */
  slug: string;
  title: string | null;
  /** `YYYY-MM-DD` */
  publishedOn: string | null;
  source: string | null;
  dateline: string | null;
  /** Article text without boilerplate; paragraphs separated by a blank line. */
  body: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export interface MentionFact {
  /** Surface form exactly as in the body. */
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface RoleFact {
  title: string;
  /** Canonical name of an organization in this article's `organizations`, when stated. */
  organization: string | null;
  country: string | null;
  sentence: number;
  start: number;
  end: number;
}

export interface PersonFact {
  /** Fullest form of the name (or the well-known full name from curated knowledge). */
  name: string;
  country: string | null;
  /** Other names this person is known by (surface forms and curated aliases). */
  aliases: string[];
  mentions: MentionFact[];
  roles: RoleFact[];
}

export interface OrganizationFact {
  name: string;
  acronym: string | null;
  country: string | null;
  /** Canonical name of the parent organization ("Standing Committee of the NPC" -> "National People's Congress"). */
  parent: string | null;
  aliases: string[];
  mentions: MentionFact[];
}

export interface PlaceFact {
  name: string;
  kind: PlaceKind;
  /** Canonical name of the country the place is in (a country names itself). */
  country: string | null;
  /** Canonical name of the containing place, when known (Hangzhou -> Zhejiang). */
  parent: string | null;
  aliases: string[];
  mentions: MentionFact[];
}

export interface MeetingFact {
  summary: string;
  /** A name for recurring or named gatherings ("fourth plenary session of the 20th CPC Central Committee"), used to merge reports across articles. */
  name: string | null;
  /** Canonical person names. */
  participants: string[];
  /** Canonical organization names. */
  organizations: string[];
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to the precision known; null when unknown. */
  date: string | null;
  datePrecision: DatePrecision;
  status: MeetingStatus;
  /** Canonical place names. */
  location: string | null;
  venue: string | null;
  /** Where the article states the meeting. */
  evidence: { sentence: number; start: number; end: number };
}

export interface ExtractedArticle {
  article: ParsedArticle;
  people: PersonFact[];
  organizations: OrganizationFact[];
  places: PlaceFact[];
  meetings: MeetingFact[];
}
