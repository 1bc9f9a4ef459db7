// An in-memory index of the aliases already stored, so resolving a name costs a map lookup
// instead of queries. It is loaded once per process and changed only through `commit`, after
// the transaction that created the entities has succeeded; a transaction that fails because
// another writer stored an entity first is retried with a reloaded index (src/ingest/ingestor.ts).
// Meetings are not indexed: they are looked up in the database (src/ingest/meeting-lookup.ts).
import type { Db } from '../db/client.ts';
import { foldName, isMultiWord } from './names.ts';

export type EntityKind = 'person' | 'organization' | 'place';

interface Pending {
  aliases: Array<{ kind: EntityKind; folded: string; id: number }>;
  /** meetings created or merged, with the article whose report touched them */
  meetings: Array<{ id: number; sourcedBy: number }>;
}

export class EntityIndex {
  /** folded alias -> entity ids having it, per kind */
  private readonly aliases: Record<EntityKind, Map<string, Set<number>>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  };

  static async load(db: Db): Promise<EntityIndex> {
    const index = new EntityIndex();
    const [people, orgs, places] = await Promise.all([
      db.personAlias.findMany({ select: { personId: true, normalized: true } }),
      db.organizationAlias.findMany({ select: { organizationId: true, normalized: true } }),
      db.placeAlias.findMany({ select: { placeId: true, normalized: true } }),
    ]);
    for (const a of people) index.addAlias('person', a.normalized, a.personId);
    for (const a of orgs) index.addAlias('organization', a.normalized, a.organizationId);
    for (const a of places) index.addAlias('place', a.normalized, a.placeId);
    return index;
  }

  /**
   * The stored entity a set of names refers to: the first name that is an alias of exactly
   * one entity wins; single-word names only count when nothing longer matched.
   */
  find(kind: EntityKind, names: string[], pending?: Pending): number | null {
    const folded = names.map(foldName);
    const ordered = [...folded.filter(isMultiWord), ...folded.filter((n) => !isMultiWord(n))];
    for (const name of ordered) {
      const ids = new Set(this.aliases[kind].get(name));
      for (const p of pending?.aliases ?? []) if (p.kind === kind && p.folded === name) ids.add(p.id);
      if (ids.size === 1) return [...ids][0] ?? null;
    }
    return null;
  }

  hasAlias(kind: EntityKind, folded: string, id: number): boolean {
    return this.aliases[kind].get(folded)?.has(id) ?? false;
  }

  /** Starts recording the changes of one transaction. */
  begin(): Pending {
    return { aliases: [], meetings: [] };
  }

  /** Makes a transaction's changes visible once it has committed. */
  commit(pending: Pending): void {
    for (const a of pending.aliases) this.addAlias(a.kind, a.folded, a.id);
  }

  private addAlias(kind: EntityKind, folded: string, id: number): void {
    let ids = this.aliases[kind].get(folded);
    if (!ids) this.aliases[kind].set(folded, (ids = new Set()));
    ids.add(id);
  }
}

export type { Pending as IndexChanges };
