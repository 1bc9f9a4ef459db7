// Every stored row by natural keys (slugs, names, offsets) instead of ids, sorted: two databases
// that hold the same knowledge give equal results whatever order their rows were written in.
import type { Database } from '../../src/db/client.ts';

const sorted = (list: string[]) => list.sort();

export async function storedRows(db: Database) {
  const people = await db.person.findMany({ include: { aliases: true, country: true } });
  const organizations = await db.organization.findMany({ include: { aliases: true, parent: true, country: true } });
  const places = await db.place.findMany({ include: { aliases: true, country: true, parent: true } });
  const meetings = await db.meeting.findMany({
    include: {
      location: true, venue: true, participants: { include: { person: true } }, organizations: { include: { organization: true } },
      sources: { include: { article: true } },
    },
  });
  const mentions = await db.mention.findMany({ include: { article: true, person: true, organization: true, place: true } });
  return {
    articles: sorted((await db.article.findMany()).map((a) => `${a.slug} ${a.contentHash}`)),
    people: sorted(people.map((p) => `${p.slug} | ${p.name} | ${p.country?.slug} | ${sorted(p.aliases.map((a) => a.normalized)).join(',')}`)),
    organizations: sorted(organizations.map((o) =>
      `${o.slug} | ${o.name} | ${o.acronym} | ${o.parent?.slug} | ${o.country?.slug} | ${sorted(o.aliases.map((a) => a.normalized)).join(',')}`)),
    places: sorted(places.map((p) =>
      `${p.slug} | ${p.name} | ${p.kind} | ${p.country?.slug} | ${p.parent?.slug} | ${sorted(p.aliases.map((a) => a.normalized)).join(',')}`)),
    meetings: sorted(meetings.map((m) => [
      m.name, m.summary, m.date?.toISOString(), m.datePrecision, m.status, m.location?.slug, m.venue?.slug,
      sorted(m.participants.map((p) => p.person.slug)).join(','), sorted(m.organizations.map((o) => o.organization.slug)).join(','),
      sorted(m.sources.map((s) => `${s.article.slug}@${s.start}`)).join(','),
    ].join(' | '))),
    mentions: sorted(mentions.map((m) =>
      `${m.article.slug} ${m.start}-${m.end} ${m.entityType} ${m.person?.slug ?? m.organization?.slug ?? m.place?.slug}`)),
  };
}

export type StoredRows = Awaited<ReturnType<typeof storedRows>>;
