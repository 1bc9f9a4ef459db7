// Resolving names to stored entities inside one article's transaction, from the database: the
// aliases of every name the article uses are read in one query per kind when the transaction
// starts (a name missed there is read on first use), so a writer always sees what other
// writers have committed, and no process holds the corpus's aliases in memory.
import type { Db } from '../db/client.ts';
import type { ExtractedArticle } from '../extract/index.ts';
import { foldName } from '../extract/index.ts';
import { isMultiWord } from './names.ts';

export type EntityKind = 'person' | 'organization' | 'place';

/** Every string of the article that may name a stored entity. */
function namesIn(facts: ExtractedArticle): string[] {
  const { people, organizations, places, meetings, article } = facts;
  return [
    ...people.flatMap((p) => [p.name, ...p.aliases, ...p.mentions.map((m) => m.text),
      ...(p.country ? [p.country] : []), ...p.roles.flatMap((r) => [r.organization ?? [], r.country ?? []].flat())]),
    ...organizations.flatMap((o) => [o.name, ...o.aliases, ...o.mentions.map((m) => m.text),
      ...[o.acronym, o.country, o.parent].filter((n): n is string => n !== null)]),
    ...places.flatMap((p) => [p.name, ...p.aliases, ...p.mentions.map((m) => m.text),
      ...[p.country, p.parent].filter((n): n is string => n !== null)]),
    ...meetings.flatMap((m) => [...m.participants, ...m.organizations,
      ...[m.location, m.venue].filter((n): n is string => n !== null)]),
    ...(article.dateline ? [article.dateline] : []),
  ];
}

export class AliasLookup {
  /** folded alias -> ids of the entities having it (stored, or added by this transaction) */
  private readonly ids: Record<EntityKind, Map<string, Set<number>>> = { person: new Map(), organization: new Map(), place: new Map() };
  private readonly fetched: Record<EntityKind, Set<string>> = { person: new Set(), organization: new Set(), place: new Set() };

  private constructor(private readonly tx: Db) {}

  static async forArticle(tx: Db, facts: ExtractedArticle): Promise<AliasLookup> {
    const lookup = new AliasLookup(tx);
    const folded = [...new Set(namesIn(facts).map(foldName).filter(Boolean))];
    await Promise.all((['person', 'organization', 'place'] as const).map((kind) => lookup.fetch(kind, folded)));
    return lookup;
  }

  private async fetch(kind: EntityKind, folded: string[]): Promise<void> {
    const missing = folded.filter((name) => !this.fetched[kind].has(name));
    if (!missing.length) return;
    for (const name of missing) this.fetched[kind].add(name);
    const where = { normalized: { in: missing } };
    const rows =
      kind === 'person'
        ? (await this.tx.personAlias.findMany({ where, select: { personId: true, normalized: true } })).map((a) => [a.normalized, a.personId] as const)
        : kind === 'organization'
          ? (await this.tx.organizationAlias.findMany({ where, select: { organizationId: true, normalized: true } }))
              .map((a) => [a.normalized, a.organizationId] as const)
          : (await this.tx.placeAlias.findMany({ where, select: { placeId: true, normalized: true } })).map((a) => [a.normalized, a.placeId] as const);
    for (const [name, id] of rows) this.add(kind, name, id);
  }

  /**
   * The stored entity a set of names refers to: the first name that is an alias of exactly
   * one entity wins; single-word names only count when nothing longer matched.
   */
  async find(kind: EntityKind, names: string[]): Promise<number | null> {
    const folded = names.map(foldName);
    await this.fetch(kind, folded);
    const ordered = [...folded.filter(isMultiWord), ...folded.filter((n) => !isMultiWord(n))];
    for (const name of ordered) {
      const ids = this.ids[kind].get(name);
      if (ids?.size === 1) return [...ids][0] ?? null;
    }
    return null;
  }

  /** Whether entity `id` is known to have the alias (stored or added); aliases are written skipping existing ones anyway. */
  has(kind: EntityKind, folded: string, id: number): boolean {
    return this.ids[kind].get(folded)?.has(id) ?? false;
  }

  /** Records an alias this transaction gives an entity, so later lookups in it find the entity. */
  add(kind: EntityKind, folded: string, id: number): void {
    let ids = this.ids[kind].get(folded);
    if (!ids) this.ids[kind].set(folded, (ids = new Set()));
    ids.add(id);
  }
}
