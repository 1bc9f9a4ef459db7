// Writes one article's extracted facts inside the caller's transaction: entities resolved
// against what is stored, then the article and its sentences, then mentions, roles and
// meetings. Each kind of row is written with as few statements as it allows: at seeding
// scale, every statement costs more in Prisma than in SQLite (see bulk-insert.ts).
import type { Db } from '../db/client.ts';
import type { MeetingStatus, Prisma } from '../db/generated/client.ts';
import type {
  ExtractedArticle, MeetingFact, MentionFact, OrganizationFact, PersonFact, PlaceFact, PlaceKind,
} from '../extract/index.ts';
import { AliasLookup, type EntityKind } from './alias-lookup.ts';
import { candidateMeetings, type StoredMeeting } from './meeting-lookup.ts';
import { dateOnly, morePrecise, partialDate, undatedSortDate } from './dates.ts';
import { isSameMeeting, type MeetingKey } from './meeting-identity.ts';
import { asReported } from './meeting-summary.ts';
import { insertRows, insertSentences } from './bulk-insert.ts';
import { foldName } from '../extract/index.ts';
import { slugify } from './names.ts';

interface Context {
  tx: Db;
  aliases: AliasLookup;
  /** meetings this article's reports created or merged into: a later report is never merged into them */
  reportedMeetings: Set<number>;
  articleId: number;
  sentenceIds: Map<number, number>;
  /** canonical name (folded) -> id, for the entities of this article */
  places: Map<string, number>;
  organizations: Map<string, number>;
  people: Map<string, number>;
  /** aliases to write, `<kind>:<id>:<folded>` -> name as written */
  newAliases: Map<string, { kind: EntityKind; id: number; name: string; normalized: string }>;
  /** meeting sources to write once every meeting of the article is resolved */
  meetingSources: Prisma.MeetingSourceCreateManyInput[];
  /** Serializes meeting resolution with other writers until the transaction ends. */
  lockMeetings: () => Promise<void>;
}

/**
 * Stores `facts`. `writeArticle` creates or updates the article row (which must have no
 * paragraphs or sentences left) given its dateline place, and returns its id.
 */
export async function storeFacts(
  tx: Db, facts: ExtractedArticle,
  writeArticle: (datelinePlaceId: number | null) => Promise<number>,
  lockMeetings: () => Promise<void>,
): Promise<void> {
  const ctx: Context = {
    tx, aliases: await AliasLookup.forArticle(tx, facts), reportedMeetings: new Set(), articleId: 0, sentenceIds: new Map(),
    places: new Map(), organizations: new Map(), people: new Map(), newAliases: new Map(), meetingSources: [], lockMeetings,
  };
  // Countries first: other places, organizations and people point at them.
  const places = [...facts.places].sort((a, b) => Number(b.kind === 'country') - Number(a.kind === 'country'));
  for (const place of places) await storePlace(ctx, place);
  for (const org of facts.organizations) await storeOrganization(ctx, org, facts.organizations);
  for (const person of facts.people) await storePerson(ctx, person);

  const { article } = facts;
  const articleId = await writeArticle(article.dateline ? await findPlace(ctx, article.dateline) : null);
  ctx.articleId = articleId;
  await insertRows<Prisma.ParagraphCreateManyInput>(tx, 'Paragraph', ['articleId', 'index', 'kind', 'start', 'end'],
    article.paragraphs.map((p) => ({ articleId, index: p.index, kind: p.kind, start: p.start, end: p.end })));
  ctx.sentenceIds = await insertSentences(tx, article.sentences.map((s) => ({
    articleId, index: s.index, paragraphIndex: s.paragraph, start: s.start, end: s.end, text: s.text,
  })));

  const mentionColumns = ['articleId', 'sentenceId', 'start', 'end', 'text', 'entityType', 'personId', 'organizationId', 'placeId'] as const;
  const mentions = [
    ...facts.people.flatMap((p) => mentionRows(ctx, p.mentions, 'person', ctx.people.get(foldName(p.name)))),
    ...facts.organizations.flatMap((o) => mentionRows(ctx, o.mentions, 'organization', ctx.organizations.get(foldName(o.name)))),
    ...facts.places.flatMap((p) => mentionRows(ctx, p.mentions, 'place', ctx.places.get(foldName(p.name)))),
  ];
  await insertRows<Prisma.MentionCreateManyInput>(tx, 'Mention', mentionColumns, mentions);
  await storeArticleEntities(ctx, mentions, article.publishedOn ? dateOnly(article.publishedOn) : undatedSortDate);
  await storeRoles(ctx, facts.people);
  for (const meeting of facts.meetings) await storeMeeting(ctx, asReported(meeting, article.sentences));
  const sourceColumns = ['meetingId', 'articleId', 'sentenceId', 'start', 'end', 'summary'] as const;
  await insertRows<Prisma.MeetingSourceCreateManyInput>(tx, 'MeetingSource', sourceColumns, ctx.meetingSources);
  await writeAliases(ctx);
}

function sentenceId(ctx: Context, index: number): number {
  const id = ctx.sentenceIds.get(index);
  if (id === undefined) throw new Error(`extraction referred to sentence ${index}, which the article does not have`);
  return id;
}

/**
 * One row per entity the article mentions, with its first mention's offset and the article's
 * date: the pairs the "mentioned in" connections page through.
 */
async function storeArticleEntities(ctx: Context, mentions: Prisma.MentionCreateManyInput[], publishedOn: Date): Promise<void> {
  const { tx, articleId } = ctx;
  /** entity id -> offset of its first mention */
  const firstMentions = (key: 'personId' | 'organizationId' | 'placeId') => {
    const starts = new Map<number, number>();
    for (const m of mentions) {
      const id = m[key];
      if (id != null) starts.set(id, Math.min(starts.get(id) ?? m.start, m.start));
    }
    return [...starts];
  };
  await insertRows<Prisma.ArticlePersonCreateManyInput>(tx, 'ArticlePerson', ['articleId', 'personId', 'publishedOn', 'firstMention'],
    firstMentions('personId').map(([personId, firstMention]) => ({ articleId, personId, publishedOn, firstMention })));
  await insertRows<Prisma.ArticleOrganizationCreateManyInput>(tx, 'ArticleOrganization', ['articleId', 'organizationId', 'publishedOn', 'firstMention'],
    firstMentions('organizationId').map(([organizationId, firstMention]) => ({ articleId, organizationId, publishedOn, firstMention })));
  await insertRows<Prisma.ArticlePlaceCreateManyInput>(tx, 'ArticlePlace', ['articleId', 'placeId', 'publishedOn', 'firstMention'],
    firstMentions('placeId').map(([placeId, firstMention]) => ({ articleId, placeId, publishedOn, firstMention })));
}

function mentionRows(ctx: Context, mentions: MentionFact[], entityType: EntityKind, id: number | undefined) {
  if (id === undefined) return [];
  const key = entityType === 'person' ? 'personId' : entityType === 'organization' ? 'organizationId' : 'placeId';
  return mentions.map((m) => ({
    articleId: ctx.articleId, sentenceId: sentenceId(ctx, m.sentence), start: m.start, end: m.end, text: m.text,
    entityType, [key]: id,
  }));
}

/** Remembers the names of entity `id` that are not yet its aliases; `writeAliases` stores them. */
function addAliases(ctx: Context, kind: EntityKind, id: number, names: Iterable<string>): void {
  for (const name of names) {
    const normalized = foldName(name);
    const key = `${kind}:${id}:${normalized}`;
    if (!normalized || ctx.newAliases.has(key) || ctx.aliases.has(kind, normalized, id)) continue;
    ctx.newAliases.set(key, { kind, id, name, normalized });
    ctx.aliases.add(kind, normalized, id);
  }
}

async function writeAliases(ctx: Context): Promise<void> {
  const rows = [...ctx.newAliases.values()];
  const of = (kind: EntityKind) => rows.filter((r) => r.kind === kind);
  // Another writer may have given the same entity the same alias since this index was loaded.
  const skipExisting = { skipExisting: true };
  await insertRows<Prisma.PersonAliasCreateManyInput>(ctx.tx, 'PersonAlias', ['personId', 'name', 'normalized'],
    of('person').map(({ id, name, normalized }) => ({ personId: id, name, normalized })), skipExisting);
  await insertRows<Prisma.OrganizationAliasCreateManyInput>(ctx.tx, 'OrganizationAlias', ['organizationId', 'name', 'normalized'],
    of('organization').map(({ id, name, normalized }) => ({ organizationId: id, name, normalized })), skipExisting);
  await insertRows<Prisma.PlaceAliasCreateManyInput>(ctx.tx, 'PlaceAlias', ['placeId', 'name', 'normalized'],
    of('place').map(({ id, name, normalized }) => ({ placeId: id, name, normalized })), skipExisting);
}

function allNames(fact: { name: string; aliases: string[]; mentions: MentionFact[] }): string[] {
  return [fact.name, ...fact.aliases, ...fact.mentions.map((m) => m.text)];
}

// ---- places

async function findPlace(ctx: Context, name: string): Promise<number | null> {
  return ctx.places.get(foldName(name)) ?? (await ctx.aliases.find('place', [name]));
}

async function ensurePlace(ctx: Context, name: string, kind: PlaceKind, country: string | null): Promise<number> {
  const known = await findPlace(ctx, name);
  if (known) return known;
  return storePlace(ctx, { name, kind, country, parent: null, aliases: [], mentions: [] });
}

async function storePlace(ctx: Context, fact: PlaceFact): Promise<number> {
  const folded = foldName(fact.name);
  const existing = ctx.places.get(folded) ?? (await ctx.aliases.find('place', [fact.name, ...fact.aliases]));
  let id = existing;
  if (!id) {
    const countryId = fact.country && fact.kind !== 'country' ? await ensurePlace(ctx, fact.country, 'country', fact.country) : null;
    const parentId = fact.parent ? await findPlace(ctx, fact.parent) : null;
    const place = await ctx.tx.place.upsert({
      where: { slug: slugify(fact.name) },
      create: { slug: slugify(fact.name), name: fact.name, kind: fact.kind, countryId, parentId },
      update: {},
      select: { id: true },
    });
    id = place.id;
  }
  ctx.places.set(folded, id);
  addAliases(ctx, 'place', id, allNames(fact));
  return id;
}

// ---- organizations

async function storeOrganization(ctx: Context, fact: OrganizationFact, all: OrganizationFact[]): Promise<number> {
  const folded = foldName(fact.name);
  const seen = ctx.organizations.get(folded);
  if (seen) return seen;
  let id = await ctx.aliases.find('organization', [fact.name, ...fact.aliases]);
  if (!id) {
    const countryId = fact.country ? await ensurePlace(ctx, fact.country, 'country', fact.country) : null;
    const parentId = fact.parent ? await ensureParentOrganization(ctx, fact.parent, fact.country, all) : null;
    const slug = slugify(fact.name);
    const org = await ctx.tx.organization.upsert({
      where: { slug },
      create: { slug, name: fact.name, acronym: fact.acronym, countryId, parentId },
      update: {},
      select: { id: true },
    });
    id = org.id;
  }
  ctx.organizations.set(folded, id);
  addAliases(ctx, 'organization', id, [...allNames(fact), ...(fact.acronym ? [fact.acronym] : [])]);
  return id;
}

async function ensureParentOrganization(
  ctx: Context, name: string, country: string | null, all: OrganizationFact[],
): Promise<number> {
  const inArticle = all.find((o) => foldName(o.name) === foldName(name));
  if (inArticle) return storeOrganization(ctx, inArticle, all);
  const known = await ctx.aliases.find('organization', [name]);
  if (known) return known;
  return storeOrganization(ctx, { name, acronym: null, country, parent: null, aliases: [], mentions: [] }, all);
}

async function findOrganization(ctx: Context, name: string): Promise<number | null> {
  return ctx.organizations.get(foldName(name)) ?? (await ctx.aliases.find('organization', [name]));
}

// ---- people and roles

async function storePerson(ctx: Context, fact: PersonFact): Promise<number> {
  const folded = foldName(fact.name);
  let id = ctx.people.get(folded) ?? (await ctx.aliases.find('person', [fact.name, ...fact.aliases]));
  if (!id) {
    const countryId = fact.country ? await ensurePlace(ctx, fact.country, 'country', fact.country) : null;
    const slug = slugify(fact.name);
    const person = await ctx.tx.person.upsert({
      where: { slug },
      create: { slug, name: fact.name, countryId },
      update: {},
      select: { id: true },
    });
    id = person.id;
  }
  ctx.people.set(folded, id);
  addAliases(ctx, 'person', id, allNames(fact));
  return id;
}

async function storeRoles(ctx: Context, people: PersonFact[]): Promise<void> {
  const data = [];
  for (const person of people) {
    const personId = ctx.people.get(foldName(person.name));
    if (personId === undefined) continue;
    for (const role of person.roles) {
      data.push({
        personId,
        title: role.title,
        organizationId: role.organization ? await findOrganization(ctx, role.organization) : null,
        countryId: role.country ? await ensurePlace(ctx, role.country, 'country', role.country) : null,
        articleId: ctx.articleId,
        sentenceId: sentenceId(ctx, role.sentence),
        start: role.start,
        end: role.end,
      });
    }
  }
  await insertRows<Prisma.RoleCreateManyInput>(ctx.tx, 'Role', ['personId', 'title', 'organizationId', 'countryId', 'articleId', 'sentenceId', 'start', 'end'], data);
}

// ---- meetings

/** The stored meeting this report is about, if any; never one this article already reported. */
async function findSameMeeting(ctx: Context, report: MeetingKey, taken: Set<number>): Promise<StoredMeeting | undefined> {
  await ctx.lockMeetings();
  return (await candidateMeetings(ctx.tx, report)).find((m) => !taken.has(m.id) && isSameMeeting(m, report));
}

async function storeMeeting(ctx: Context, fact: MeetingFact): Promise<void> {
  const participantIds = fact.participants.map((n) => ctx.people.get(foldName(n))).filter((id): id is number => !!id);
  const organizationIds = [];
  for (const name of fact.organizations) {
    const id = await findOrganization(ctx, name);
    if (id) organizationIds.push(id);
  }
  const members = new Set([...participantIds.map((id) => `p${id}`), ...organizationIds.map((id) => `o${id}`)]);
  const when = partialDate(fact.date);
  const locationId = fact.location ? await findPlace(ctx, fact.location) : null;
  const venueId = fact.venue ? await findPlace(ctx, fact.venue) : null;
  const same = await findSameMeeting(
    ctx, { name: fact.name, date: when.date, datePrecision: when.precision, locationId, members }, ctx.reportedMeetings,
  );

  let meeting: StoredMeeting;
  if (same) {
    const sharper = morePrecise(when.precision, same.datePrecision);
    const status: MeetingStatus = same.status === 'held' || fact.status === 'held' ? 'held' : 'scheduled';
    const changes = {
      ...(sharper ? { date: when.date, datePrecision: when.precision } : {}),
      ...(same.locationId === null && locationId ? { locationId } : {}),
      ...(venueId ? { venueId } : {}),
      ...(status !== same.status ? { status } : {}),
    };
    if (Object.keys(changes).length) await ctx.tx.meeting.update({ where: { id: same.id }, data: changes });
    const newPeople = participantIds.filter((id) => !same.members.has(`p${id}`));
    const newOrgs = organizationIds.filter((id) => !same.members.has(`o${id}`));
    if (newPeople.length) {
      await ctx.tx.meetingParticipant.createMany({ data: newPeople.map((personId) => ({ meetingId: same.id, personId })) });
    }
    if (newOrgs.length) {
      await ctx.tx.meetingOrganization.createMany({
        data: newOrgs.map((organizationId) => ({ meetingId: same.id, organizationId })),
      });
    }
    meeting = {
      ...same,
      ...(sharper ? { date: when.date, datePrecision: when.precision } : {}),
      locationId: same.locationId ?? locationId,
      status,
      members: new Set([...same.members, ...members]),
    };
  } else {
    const created = await ctx.tx.meeting.create({
      data: {
        name: fact.name, summary: fact.summary, date: when.date, datePrecision: when.precision, status: fact.status,
        locationId, venueId,
        participants: { create: [...new Set(participantIds)].map((personId) => ({ personId })) },
        organizations: { create: [...new Set(organizationIds)].map((organizationId) => ({ organizationId })) },
      },
      select: { id: true },
    });
    meeting = {
      id: created.id, name: fact.name, date: when.date, datePrecision: when.precision, status: fact.status, locationId,
      members,
    };
  }
  ctx.reportedMeetings.add(meeting.id);
  ctx.meetingSources.push({
    meetingId: meeting.id, articleId: ctx.articleId, sentenceId: sentenceId(ctx, fact.evidence.sentence),
    start: fact.evidence.start, end: fact.evidence.end, summary: fact.summary,
  });
}
