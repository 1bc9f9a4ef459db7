import type { MeetingFact, OrganizationFact, ParsedArticle, PersonFact } from './types.ts';
import type { Recognized, Span } from './spans.ts';

export interface MeetingContext {
  personName: (s: Span) => string | undefined;
  orgName: (s: Span) => string | undefined;
  people: PersonFact[];
  organizations: OrganizationFact[];
}

export function extractMeetings(_article: ParsedArticle, _r: Recognized, _ctx: MeetingContext): MeetingFact[] {
  return [];
}
