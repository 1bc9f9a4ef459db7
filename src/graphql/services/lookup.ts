// Finds the entity a name refers to: the one entity with that name or alias, or, when the name
// is ambiguous ("Wang"), the most mentioned of those it fits. Both steps use indexes (aliases
// by folded name, mentions by entity), so a lookup's cost does not grow with the corpus; the
// earlier single query ordered every candidate by a mention count, which made SQLite count
// the mentions of every entity in the database on each lookup.
import type { Database } from '../../db/client.ts';
import { foldName, slugify } from '../../ingest/names.ts';

/** Candidates beyond this many are not considered: a name fitting more is not a lookup. */
const maxCandidates = 50;

interface Counted {
  id: number | null;
  count: number;
}

/** Candidates in id order: by alias, or by slug for entities stored without aliases. */
function candidates(byAlias: Array<{ id: number }>, bySlug: () => Promise<Array<{ id: number }>>) {
  const ids = [...new Set(byAlias.map((a) => a.id))].sort((a, b) => a - b);
  return ids.length ? Promise.resolve(ids) : bySlug().then((rows) => rows.map((r) => r.id));
}

async function mostMentioned(ids: number[], countMentions: (ids: number[]) => Promise<Counted[]>): Promise<number | null> {
  if (ids.length <= 1) return ids[0] ?? null;
  const counts = new Map((await countMentions(ids)).map((c) => [c.id, c.count]));
  // Ties go to the oldest entity: ids ascend.
  return ids.reduce((best, id) => ((counts.get(id) ?? 0) > (counts.get(best) ?? 0) ? id : best));
}

export async function personIdNamed(db: Database, name: string): Promise<number | null> {
  const aliases = await db.personAlias.findMany({ where: { normalized: foldName(name) }, select: { personId: true }, take: maxCandidates });
  const ids = await candidates(aliases.map((a) => ({ id: a.personId })), () =>
    db.person.findMany({ where: { slug: slugify(name) }, select: { id: true } }));
  return mostMentioned(ids, async (some) =>
    (await db.mention.groupBy({ by: ['personId'], where: { personId: { in: some } }, _count: { _all: true } }))
      .map((c) => ({ id: c.personId, count: c._count._all })));
}

export async function organizationIdNamed(db: Database, name: string): Promise<number | null> {
  const aliases = await db.organizationAlias.findMany({
    where: { normalized: foldName(name) }, select: { organizationId: true }, take: maxCandidates,
  });
  const ids = await candidates(aliases.map((a) => ({ id: a.organizationId })), () =>
    db.organization.findMany({ where: { slug: slugify(name) }, select: { id: true } }));
  return mostMentioned(ids, async (some) =>
    (await db.mention.groupBy({ by: ['organizationId'], where: { organizationId: { in: some } }, _count: { _all: true } }))
      .map((c) => ({ id: c.organizationId, count: c._count._all })));
}

export async function placeIdNamed(db: Database, name: string): Promise<number | null> {
  const aliases = await db.placeAlias.findMany({ where: { normalized: foldName(name) }, select: { placeId: true }, take: maxCandidates });
  const ids = await candidates(aliases.map((a) => ({ id: a.placeId })), () =>
    db.place.findMany({ where: { slug: slugify(name) }, select: { id: true } }));
  return mostMentioned(ids, async (some) =>
    (await db.mention.groupBy({ by: ['placeId'], where: { placeId: { in: some } }, _count: { _all: true } }))
      .map((c) => ({ id: c.placeId, count: c._count._all })));
}
