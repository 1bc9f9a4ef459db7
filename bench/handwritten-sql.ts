// The three benchmark operations answered with hand-written SQL over better-sqlite3, returning
// the exact JSON the GraphQL API returns: the baseline the API is measured against.
import type Database from 'better-sqlite3';
import { formatPartialDate } from '../src/ingest/dates.ts';
import { foldName } from '../src/extract/names.ts';
import { slugify } from '../src/ingest/names.ts';
import type { DatePrecision } from '../src/db/generated/enums.ts';

type Sqlite = Database.Database;
type Variables = Record<string, unknown>;

// Dates are stored as ISO text ("2025-05-01T00:00:00.000+00:00"), so they compare as strings.
const storedDate = (day: string) => `${day}T00:00:00.000+00:00`;
const dateText = (date: string | null, precision: DatePrecision) => formatPartialDate(date ? new Date(date) : null, precision);
const idList = (ids: number[]) => JSON.stringify(ids);

function groupBy<T extends { meetingId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.meetingId) ?? [];
    group.push(row);
    groups.set(row.meetingId, group);
  }
  return groups;
}

export function handwrittenOperations(db: Sqlite) {
  const personByName = db.prepare<[string, string], { id: number; name: string }>(`
    SELECT p.id, p.name FROM Person p
     WHERE p.slug = ? OR p.id IN (SELECT personId FROM PersonAlias WHERE normalized = ?)
     ORDER BY (SELECT count(*) FROM Mention m WHERE m.personId = p.id) DESC, p.id ASC LIMIT 1`);
  const participationCount = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM MeetingParticipant WHERE personId = ?');
  const personMeetingPage = db.prepare<[number, number], {
    id: number; summary: string; date: string | null; datePrecision: DatePrecision; status: string; location: string | null;
  }>(`
    SELECT m.id, m.summary, m.date, m.datePrecision, m.status, l.name AS location
      FROM MeetingParticipant mp JOIN Meeting m ON m.id = mp.meetingId LEFT JOIN Place l ON l.id = m.locationId
     WHERE mp.personId = ? ORDER BY mp.meetingDate DESC, mp.meetingId DESC LIMIT ?`);
  const participantsOf = db.prepare<[string, number], { meetingId: number; name: string }>(`
    SELECT meetingId, name FROM (
      SELECT mp.meetingId, p.name, row_number() OVER (PARTITION BY mp.meetingId ORDER BY p.name, p.id) AS n
        FROM MeetingParticipant mp JOIN Person p ON p.id = mp.personId
       WHERE mp.meetingId IN (SELECT value FROM json_each(?)))
     WHERE n <= ? ORDER BY meetingId, n`);
  const meetingCountInRange = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM Meeting WHERE date >= ? AND date <= ?');
  const meetingPageInRange = db.prepare<[string, string, number], {
    id: number; summary: string; date: string | null; datePrecision: DatePrecision;
  }>('SELECT id, summary, date, datePrecision FROM Meeting WHERE date >= ? AND date <= ? ORDER BY date DESC NULLS LAST, id DESC LIMIT ?');
  const sourcesOf = db.prepare<[string, number], {
    meetingId: number; summary: string; title: string | null; source: string | null; publishedOn: string | null;
  }>(`
    SELECT meetingId, summary, title, source, publishedOn FROM (
      SELECT s.meetingId, s.summary, a.title, a.source, a.publishedOn,
             row_number() OVER (PARTITION BY s.meetingId ORDER BY s.id) AS n
        FROM MeetingSource s JOIN Article a ON a.id = s.articleId
       WHERE s.meetingId IN (SELECT value FROM json_each(?)))
     WHERE n <= ? ORDER BY meetingId, n`);
  // bm25() only works in the query that does the MATCH: materialized, SQLite cannot flatten it
  // away. Only the page's texts get a snippet, found again by rowid (snippet() is the costly part).
  const searchPage = db.prepare<[string, number, number, string], {
    kind: string; entityId: number; snippet: string; rank: number; total: number;
  }>(`
    WITH matches AS MATERIALIZED (
      SELECT rowid AS textId, kind, entityId, bm25("SearchText") AS rank FROM "SearchText" WHERE "SearchText" MATCH ?),
    page AS MATERIALIZED (
      SELECT kind, entityId, textId, min(rank) AS rank, count(*) OVER () AS total
        FROM matches GROUP BY kind, entityId ORDER BY rank, kind, entityId LIMIT ? OFFSET ?)
    SELECT page.kind, page.entityId, page.rank, page.total, snippet("SearchText", 0, '«', '»', '…', 16) AS snippet
      FROM page JOIN "SearchText" ON "SearchText".rowid = page.textId
     WHERE "SearchText" MATCH ? ORDER BY page.rank, page.kind, page.entityId`);
  const names = {
    person: db.prepare<[string], { id: number; label: string }>('SELECT id, name AS label FROM Person WHERE id IN (SELECT value FROM json_each(?))'),
    organization: db.prepare<[string], { id: number; label: string }>('SELECT id, name AS label FROM Organization WHERE id IN (SELECT value FROM json_each(?))'),
    place: db.prepare<[string], { id: number; label: string }>('SELECT id, name AS label FROM Place WHERE id IN (SELECT value FROM json_each(?))'),
    article: db.prepare<[string], { id: number; label: string | null }>('SELECT id, title AS label FROM Article WHERE id IN (SELECT value FROM json_each(?))'),
    meeting: db.prepare<[string], { id: number; label: string }>('SELECT id, summary AS label FROM Meeting WHERE id IN (SELECT value FROM json_each(?))'),
  };
  const searchTypes = {
    person: ['Person', 'name'], organization: ['Organization', 'name'], place: ['Place', 'name'],
    article: ['Article', 'title'], meeting: ['Meeting', 'summary'],
  } as const;

  return {
    personMeetings({ name, first }: Variables) {
      const person = personByName.get(slugify(String(name)), foldName(String(name)));
      if (!person) return { person: null };
      const meetings = personMeetingPage.all(person.id, Number(first));
      const participants = groupBy(participantsOf.all(idList(meetings.map((m) => m.id)), 10));
      return {
        person: {
          name: person.name,
          meetings: {
            totalCount: participationCount.get(person.id)?.n ?? 0,
            edges: meetings.map((m) => ({
              node: {
                summary: m.summary, dateText: dateText(m.date, m.datePrecision), status: m.status.toUpperCase(),
                location: m.location === null ? null : { name: m.location },
                participants: { edges: (participants.get(m.id) ?? []).map((p) => ({ node: { name: p.name } })) },
              },
            })),
          },
        },
      };
    },

    meetingsInRange({ from, to, first }: Variables) {
      const range = [storedDate(String(from)), storedDate(String(to))] as const;
      const meetings = meetingPageInRange.all(...range, Number(first));
      const sources = groupBy(sourcesOf.all(idList(meetings.map((m) => m.id)), 10));
      return {
        meetings: {
          totalCount: meetingCountInRange.get(...range)?.n ?? 0,
          edges: meetings.map((m) => ({
            node: {
              summary: m.summary, dateText: dateText(m.date, m.datePrecision),
              sources: {
                edges: (sources.get(m.id) ?? []).map((s) => ({
                  node: { summary: s.summary, article: { title: s.title, source: s.source, publishedOn: s.publishedOn?.slice(0, 10) ?? null } },
                })),
              },
            },
          })),
        },
      };
    },

    search({ query, first }: Variables) {
      const words = String(query).match(/[\p{L}\p{N}]+/gu) ?? [];
      const match = words.map((w) => `"${w}"`).join(' ');
      const hits = words.length ? searchPage.all(match, Number(first), 0, match) : [];
      const labels = new Map<string, string | null>();
      for (const kind of Object.keys(names) as Array<keyof typeof names>) {
        const ids = hits.filter((h) => h.kind === kind).map((h) => h.entityId);
        if (ids.length) for (const row of names[kind].all(idList(ids))) labels.set(`${kind}:${row.id}`, row.label);
      }
      return {
        search: {
          totalCount: hits[0]?.total ?? 0,
          edges: hits.map((hit) => {
            const [typename, field] = searchTypes[hit.kind as keyof typeof searchTypes];
            return { score: -hit.rank, snippet: hit.snippet, node: { __typename: typename, [field]: labels.get(`${hit.kind}:${hit.entityId}`) ?? null } };
          }),
        },
      };
    },
  };
}
