// The shapes the meeting rules share: what they are told of the article, the trigger phrases they find, and the candidate meetings they build.
import type { MeetingStatus, OrganizationFact, PersonFact, Sentence } from '../types.ts';
import type { ResolvedDate } from '../dates/dates.ts';
import type { Span } from '../recognize/spans.ts';

export interface MeetingContext {
  personName: (s: Span) => string | undefined;
  orgName: (s: Span) => string | undefined;
  people: PersonFact[];
  organizations: OrganizationFact[];
}

export type Kind = 'talks' | 'call' | 'event';

export interface Trigger {
  kind: Kind;
  start: number;
  end: number;
  /** A gathering with a name of its own ("10th meeting of ...", "SCO summit"). */
  name: string | null;
  /** Organizations named by the gathering itself. */
  orgs: string[];
  /** "during/at a meeting with X, ...": the meeting's own clause ends at the comma. */
  adjunct: boolean;
  /** Needs two named people before it ("X and Y discussed"). */
  needsPair: boolean;
  /** Has an ordinal ("fourth plenary session"), which makes it a definite gathering. */
  ordinal: boolean;
  /** Needs a participation cue in its clause (forums are often mentioned in passing). */
  needsCue: boolean;
  /** "the talks", "that meeting": refers back to a gathering already reported. */
  anaphor: boolean;
  /** "received", "hosted": a meeting only with a person as object. */
  needsObject: boolean;
}

export interface Candidate {
  kind: Kind;
  name: string | null;
  people: string[];
  orgs: string[];
  date: ResolvedDate | null;
  /** The date was stated with the meeting rather than inferred. */
  explicitDate: boolean;
  /** The day is the dateline's, assumed for talks in the lead rather than stated with them. */
  leadDay: boolean;
  location: string | null;
  venue: string | null;
  status: MeetingStatus;
  /** Held by an explicit verb ("met", "took place", "are conducting"). */
  heldVerb: boolean;
  /** Stated in a photo caption, which shows a gathering the story reports. */
  caption: boolean;
  anaphor: boolean;
  /** "The two sides exchanged views ...": goes on reporting the meeting its participants came from. */
  continues: boolean;
  /** One of the meetings a counterpart list splits into ("separate talks with A and B"): never merged into a gathering of more people. */
  oneOfSeveral?: boolean;
  /** Who the clause names before its verb, a pronoun resolved ("they will meet X": the visitors). */
  subject: string[];
  /** The gathering on whose sidelines it happens. */
  host: Candidate | null;
  sentence: Sentence;
  start: number;
  end: number;
}

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
