// Request-scoped DataLoaders, created on first use. Each returns results in key order.
import DataLoader from 'dataloader';
import type { Database } from '../db/client.ts';
import type { EntityType, Meeting, Organization, Person, Prisma } from '../db/generated/client.ts';
import { loadCounterparts, type Counterpart } from './services/met-with.ts';
import { relationCounts, type CountedRelation } from './services/relation-counts.ts';

/** The selection plugin-prisma planned for a field's Meeting nodes. */
export type MeetingQuery = Pick<Prisma.MeetingFindManyArgs, 'include' | 'select'>;
export type PersonQuery = Pick<Prisma.PersonFindManyArgs, 'include' | 'select'>;
export type OrganizationQuery = Pick<Prisma.OrganizationFindManyArgs, 'include' | 'select'>;

/** A loader that returns rows in key order, or an error for a missing one. */
function byIdLoader<Row extends { id: number }>(label: string, find: (ids: number[]) => Promise<Row[]>) {
  return new DataLoader(async (ids: readonly number[]) => {
    const byId = new Map((await find([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new Error(`${label} ${id} not found`));
  });
}

export class Loaders {
  private counterpartsLoader: DataLoader<number, Counterpart[]> | undefined;
  // One loader per planned selection: fields at the same place in a query share it and batch.
  private readonly meetingLoaders = new Map<string, DataLoader<number, Meeting>>();
  private readonly personLoaders = new Map<string, DataLoader<number, Person>>();
  private readonly organizationLoaders = new Map<string, DataLoader<number, Organization>>();
  private readonly countLoaders = new Map<string, DataLoader<number, number>>();

  constructor(private readonly db: Database) {}

  /** The people each person met, batched across all people in the operation. */
  get counterparts(): DataLoader<number, Counterpart[]> {
    this.counterpartsLoader ??= new DataLoader((ids) => loadCounterparts(this.db, ids));
    return this.counterpartsLoader;
  }

  /**
   * How many rows `relation` holds per parent id (only those of `entityType`, for mentions),
   * batched across the parents in the operation.
   */
  count(relation: CountedRelation, entityType?: EntityType): DataLoader<number, number> {
    const key = `${relation} ${entityType ?? ''}`;
    let loader = this.countLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly number[]) => {
        const counts = await relationCounts[relation](this.db, [...ids], entityType);
        return ids.map((id) => counts.get(id) ?? 0);
      });
      this.countLoaders.set(key, loader);
    }
    return loader;
  }

  /** Meetings by id with `query`'s relations preloaded, batched per selection. */
  meetings(query: MeetingQuery): DataLoader<number, Meeting> {
    return cached(this.meetingLoaders, query, () =>
      byIdLoader('Meeting', (ids) => this.db.meeting.findMany({ ...query, where: { id: { in: ids } } })));
  }

  /** People by id with `query`'s relations preloaded, batched per selection. */
  people(query: PersonQuery): DataLoader<number, Person> {
    return cached(this.personLoaders, query, () =>
      byIdLoader('Person', (ids) => this.db.person.findMany({ ...query, where: { id: { in: ids } } })));
  }

  /** Organizations by id with `query`'s relations preloaded, batched per selection. */
  organizations(query: OrganizationQuery): DataLoader<number, Organization> {
    return cached(this.organizationLoaders, query, () =>
      byIdLoader('Organization', (ids) => this.db.organization.findMany({ ...query, where: { id: { in: ids } } })));
  }
}

/** Loads every key; a missing row fails the field rather than leaving a hole in a page. */
export async function loadAll<V>(loader: DataLoader<number, V>, ids: readonly number[]): Promise<V[]> {
  return (await loader.loadMany(ids)).map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}

function cached<V>(loaders: Map<string, V>, query: object, create: () => V): V {
  const key = JSON.stringify(query);
  let loader = loaders.get(key);
  if (!loader) loaders.set(key, (loader = create()));
  return loader;
}
