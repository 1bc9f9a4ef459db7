// Finds the entity a name refers to: the one entity with that name or alias, or, when the name
// is ambiguous ("Wang"), the most mentioned of those it fits. A name as articles write it, with
// its title ("Russian Prime Minister Mikhail Mishustin"), is found by its longest word window
// that names an entity ("Mikhail Mishustin"), so no list of titles is needed. Each step uses
// indexes (aliases by folded name, slugs, mentions by entity), so a lookup's cost does not grow
// with the corpus.
import type { Database } from '../../db/client.ts';
import { foldName } from '../../extract/names.ts';
import { checkLength, limits } from '../limits.ts';

/** Candidates beyond this many are not considered: a name fitting more is not a lookup. */
const maxCandidates = 50;

/** Titles rarely run longer; a longer name's windows start from its last words. */
const maxWindowWords = 8;

/**
 * The word windows of a folded name shorter than the name itself, longest first and, among
 * windows of one length, rightmost first: titles precede names.
 */
function nameWindows(folded: string): string[] {
  const words = folded.split(' ').filter(Boolean).slice(-maxWindowWords);
  const windows: string[] = [];
  for (let length = Math.min(words.length, folded.split(' ').length - 1); length >= 1; length--) {
    for (let start = words.length - length; start >= 0; start--) windows.push(words.slice(start, start + length).join(' '));
  }
  return windows;
}

interface EntityNames {
  /** Entities with one of these folded aliases. */
  byAlias(folded: string[]): Promise<Array<{ id: number; normalized: string }>>;
  /** Entities stored without aliases, by slug. */
  bySlug(slugs: string[]): Promise<Array<{ id: number; slug: string }>>;
  countMentions(ids: number[]): Promise<Array<{ id: number | null; count: number }>>;
}

/** The ids named by the first of `names` (folded) that names anything, in id order. */
async function firstNamed(names: string[], entities: EntityNames): Promise<number[]> {
  if (names.length === 0) return [];
  const aliases = await entities.byAlias(names);
  const slugs = aliases.length ? [] : await entities.bySlug(names.map((n) => n.replace(/ /g, '-')));
  for (const name of names) {
    const ids = [
      ...aliases.filter((a) => a.normalized === name).map((a) => a.id),
      ...slugs.filter((s) => s.slug === name.replace(/ /g, '-')).map((s) => s.id),
    ];
    if (ids.length) return [...new Set(ids)].sort((a, b) => a - b).slice(0, maxCandidates);
  }
  return [];
}

async function idNamed(name: string, entities: EntityNames): Promise<number | null> {
  checkLength('name', name, limits.maxNameLength);
  const folded = foldName(name);
  if (!folded) return null;
  const exact = await firstNamed([folded], entities);
  const ids = exact.length ? exact : await firstNamed(nameWindows(folded), entities);
  if (ids.length <= 1) return ids[0] ?? null;
  const counts = new Map((await entities.countMentions(ids)).map((c) => [c.id, c.count]));
  // Ties go to the oldest entity: ids ascend.
  return ids.reduce((best, id) => ((counts.get(id) ?? 0) > (counts.get(best) ?? 0) ? id : best));
}

export function personIdNamed(db: Database, name: string): Promise<number | null> {
  return idNamed(name, {
    byAlias: async (folded) => (await db.personAlias.findMany({
      where: { normalized: { in: folded } }, select: { personId: true, normalized: true }, take: maxCandidates * folded.length,
    })).map((a) => ({ id: a.personId, normalized: a.normalized })),
    bySlug: (slugs) => db.person.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    countMentions: async (ids) =>
      (await db.mention.groupBy({ by: ['personId'], where: { personId: { in: ids } }, _count: { _all: true } }))
        .map((c) => ({ id: c.personId, count: c._count._all })),
  });
}

export function organizationIdNamed(db: Database, name: string): Promise<number | null> {
  return idNamed(name, {
    byAlias: async (folded) => (await db.organizationAlias.findMany({
      where: { normalized: { in: folded } }, select: { organizationId: true, normalized: true }, take: maxCandidates * folded.length,
    })).map((a) => ({ id: a.organizationId, normalized: a.normalized })),
    bySlug: (slugs) => db.organization.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    countMentions: async (ids) =>
      (await db.mention.groupBy({ by: ['organizationId'], where: { organizationId: { in: ids } }, _count: { _all: true } }))
        .map((c) => ({ id: c.organizationId, count: c._count._all })),
  });
}

export function placeIdNamed(db: Database, name: string): Promise<number | null> {
  return idNamed(name, {
    byAlias: async (folded) => (await db.placeAlias.findMany({
      where: { normalized: { in: folded } }, select: { placeId: true, normalized: true }, take: maxCandidates * folded.length,
    })).map((a) => ({ id: a.placeId, normalized: a.normalized })),
    bySlug: (slugs) => db.place.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    countMentions: async (ids) =>
      (await db.mention.groupBy({ by: ['placeId'], where: { placeId: { in: ids } }, _count: { _all: true } }))
        .map((c) => ({ id: c.placeId, count: c._count._all })),
  });
}
