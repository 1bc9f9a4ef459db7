// How many rows a relation holds for each of some parents: the totalCount of connections.
// Each count is a GROUP BY over the given parents only, read off the relation's index. Prisma's
// `_count` select, used before, joins a count of the whole relation table grouped by parent,
// so its cost grew with the corpus on every request, whether or not totalCount was asked for.
import type { Database } from '../../db/client.ts';
import type { EntityType } from '../../db/generated/client.ts';

type Counted<K extends string> = Array<Record<K, number | null> & { _count: { _all: number } }>;

/** Row counts by parent id (parents without rows are absent). */
function byParent<K extends string>(key: K, rows: Counted<K>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const parent = row[key];
    if (parent !== null) counts.set(parent, row._count._all);
  }
  return counts;
}

const all = { _all: true } as const;

export const relationCounts = {
  meetingParticipants: (db: Database, ids: number[]) =>
    db.meetingParticipant.groupBy({ by: ['meetingId'], where: { meetingId: { in: ids } }, _count: all })
      .then((rows) => byParent('meetingId', rows)),
  meetingOrganizations: (db: Database, ids: number[]) =>
    db.meetingOrganization.groupBy({ by: ['meetingId'], where: { meetingId: { in: ids } }, _count: all })
      .then((rows) => byParent('meetingId', rows)),
  meetingSources: (db: Database, ids: number[]) =>
    db.meetingSource.groupBy({ by: ['meetingId'], where: { meetingId: { in: ids } }, _count: all })
      .then((rows) => byParent('meetingId', rows)),
  personMeetings: (db: Database, ids: number[]) =>
    db.meetingParticipant.groupBy({ by: ['personId'], where: { personId: { in: ids } }, _count: all })
      .then((rows) => byParent('personId', rows)),
  personArticles: (db: Database, ids: number[]) =>
    db.articlePerson.groupBy({ by: ['personId'], where: { personId: { in: ids } }, _count: all })
      .then((rows) => byParent('personId', rows)),
  personAliases: (db: Database, ids: number[]) =>
    db.personAlias.groupBy({ by: ['personId'], where: { personId: { in: ids } }, _count: all })
      .then((rows) => byParent('personId', rows)),
  personRoles: (db: Database, ids: number[]) =>
    db.role.groupBy({ by: ['personId'], where: { personId: { in: ids } }, _count: all })
      .then((rows) => byParent('personId', rows)),
  personMentions: (db: Database, ids: number[]) =>
    db.mention.groupBy({ by: ['personId'], where: { personId: { in: ids } }, _count: all })
      .then((rows) => byParent('personId', rows)),
  organizationMeetings: (db: Database, ids: number[]) =>
    db.meetingOrganization.groupBy({ by: ['organizationId'], where: { organizationId: { in: ids } }, _count: all })
      .then((rows) => byParent('organizationId', rows)),
  organizationArticles: (db: Database, ids: number[]) =>
    db.articleOrganization.groupBy({ by: ['organizationId'], where: { organizationId: { in: ids } }, _count: all })
      .then((rows) => byParent('organizationId', rows)),
  organizationAliases: (db: Database, ids: number[]) =>
    db.organizationAlias.groupBy({ by: ['organizationId'], where: { organizationId: { in: ids } }, _count: all })
      .then((rows) => byParent('organizationId', rows)),
  organizationChildren: (db: Database, ids: number[]) =>
    db.organization.groupBy({ by: ['parentId'], where: { parentId: { in: ids } }, _count: all })
      .then((rows) => byParent('parentId', rows)),
  personOrganizations: (db: Database, ids: number[]) =>
    db.personOrganization.groupBy({ by: ['personId'], where: { personId: { in: ids } }, _count: all })
      .then((rows) => byParent('personId', rows)),
  organizationPeople: (db: Database, ids: number[]) =>
    db.personOrganization.groupBy({ by: ['organizationId'], where: { organizationId: { in: ids } }, _count: all })
      .then((rows) => byParent('organizationId', rows)),
  placeMeetings: (db: Database, ids: number[]) =>
    db.placeMeeting.groupBy({ by: ['placeId'], where: { placeId: { in: ids } }, _count: all })
      .then((rows) => byParent('placeId', rows)),
  placeArticles: (db: Database, ids: number[]) =>
    db.articlePlace.groupBy({ by: ['placeId'], where: { placeId: { in: ids } }, _count: all })
      .then((rows) => byParent('placeId', rows)),
  placeAliases: (db: Database, ids: number[]) =>
    db.placeAlias.groupBy({ by: ['placeId'], where: { placeId: { in: ids } }, _count: all })
      .then((rows) => byParent('placeId', rows)),
  placeChildren: (db: Database, ids: number[]) =>
    db.place.groupBy({ by: ['parentId'], where: { parentId: { in: ids } }, _count: all })
      .then((rows) => byParent('parentId', rows)),
  articlePeople: (db: Database, ids: number[]) =>
    db.articlePerson.groupBy({ by: ['articleId'], where: { articleId: { in: ids } }, _count: all })
      .then((rows) => byParent('articleId', rows)),
  articleOrganizations: (db: Database, ids: number[]) =>
    db.articleOrganization.groupBy({ by: ['articleId'], where: { articleId: { in: ids } }, _count: all })
      .then((rows) => byParent('articleId', rows)),
  articlePlaces: (db: Database, ids: number[]) =>
    db.articlePlace.groupBy({ by: ['articleId'], where: { articleId: { in: ids } }, _count: all })
      .then((rows) => byParent('articleId', rows)),
  articleMeetings: (db: Database, ids: number[]) =>
    db.meetingSource.groupBy({ by: ['articleId'], where: { articleId: { in: ids } }, _count: all })
      .then((rows) => byParent('articleId', rows)),
  articleMentions: (db: Database, ids: number[], entityType?: EntityType) =>
    db.mention.groupBy({ by: ['articleId'], where: { articleId: { in: ids }, entityType }, _count: all })
      .then((rows) => byParent('articleId', rows)),
} satisfies Record<string, (db: Database, ids: number[], entityType?: EntityType) => Promise<Map<number, number>>>;

export type CountedRelation = keyof typeof relationCounts;
