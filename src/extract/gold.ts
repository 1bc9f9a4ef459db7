// The gold annotation format (test/fixtures/gold/README.md) produced from extracted facts.
import type { ExtractedArticle } from './types.ts';

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

export function toGold(x: ExtractedArticle) {
  const { article } = x;
  return {
    file: article.fileName,
    title: article.title,
    publishedOn: article.publishedOn,
    source: article.source,
    dateline: article.dateline,
    people: x.people.map((p) => ({
      name: p.name,
      mentions: unique(p.mentions.map((m) => m.text)),
      country: p.country,
      roles: p.roles.map((r) => ({ title: r.title, organization: r.organization, country: r.country })),
    })),
    organizations: x.organizations.map((o) => ({
      name: o.name,
      mentions: unique(o.mentions.map((m) => m.text)),
      country: o.country,
    })),
    places: x.places.map((p) => ({ name: p.name, kind: p.kind, country: p.country })),
    meetings: x.meetings.map((m) => ({
      participants: m.participants,
      organizations: m.organizations,
      date: m.date,
      location: m.location,
      venue: m.venue,
      status: m.status,
      summary: m.summary,
    })),
  };
}

export type GoldArticle = ReturnType<typeof toGold>;
export type GoldPerson = GoldArticle['people'][number];
export type GoldOrganization = GoldArticle['organizations'][number];
export type GoldPlace = GoldArticle['places'][number];
export type GoldMeeting = GoldArticle['meetings'][number];
