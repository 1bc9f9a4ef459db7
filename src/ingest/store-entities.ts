// An article's people, organizations and places, resolved to stored entities by slug: each is
// the stored entity whose slug is the fact's canonical name folded (the curated name, for a
// well-known entity the article calls "CPC" or "Sergei Lavrov"), or a new one. Aliases name
// entities for users' lookups but never resolve a name across articles: a surname or acronym
// stored first would attract whichever full name came next (three generals named Zhang became
// one person), and what is stored would depend on the order articles arrive in. Where articles
// disagree about an attribute, rules over the values alone decide (entity-attributes.ts).
import type { Db } from '../db/client.ts';
import type { EntityType, PlaceKind } from '../db/generated/enums.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { ExtractedArticle, MentionFact, OrganizationFact, PersonFact, PlaceFact } from '../extract/index.ts';
import { foldName, knownName } from '../extract/index.ts';
import { insertRows } from './bulk-insert.ts';
import { preferredKind, preferredName, preferredValue } from './entity-attributes.ts';
import { slugify } from './names.ts';
import { ConcurrentWriteConflict } from './write-conflict.ts';

/** A stored entity, with its slug for rules that compare entities by content. */
export interface Ref {
  id: number;
  slug: string;
}

const ref = { select: { id: true, slug: true } } as const;
const personSelect = { id: true, slug: true, name: true, country: ref } satisfies Prisma.PersonSelect;
const organizationSelect = { id: true, slug: true, name: true, acronym: true, country: ref, parent: ref } satisfies Prisma.OrganizationSelect;
const placeSelect = { id: true, slug: true, name: true, kind: true, country: ref, parent: ref } satisfies Prisma.PlaceSelect;

type StoredPerson = Prisma.PersonGetPayload<{ select: typeof personSelect }>;
type StoredOrganization = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;
type StoredPlace = Prisma.PlaceGetPayload<{ select: typeof placeSelect }>;

const knowledgeKind = { person: 'person', organization: 'org', place: 'place' } as const;

/** The name an entity is keyed by: the curated canonical name the form stands for, else the form itself. */
function keyName(kind: EntityType, name: string): string {
  return knownName(knowledgeKind[kind], name) ?? name;
}

/** Every name of the article that may be an entity's canonical name. */
function namesIn(facts: ExtractedArticle): string[] {
  const { people, organizations, places, meetings, article } = facts;
  return [
    ...people.flatMap((p) => [p.name, p.country ?? [], ...p.roles.flatMap((r) => [r.organization ?? [], r.country ?? []])].flat()),
    ...organizations.flatMap((o) => [o.name, ...[o.country, o.parent].filter((n): n is string => n !== null)]),
    ...places.flatMap((p) => [p.name, ...[p.country, p.parent].filter((n): n is string => n !== null)]),
    ...meetings.flatMap((m) => [...m.organizations, ...[m.location, m.venue].filter((n): n is string => n !== null)]),
    ...(article.dateline ? [article.dateline] : []),
  ];
}

function allNames(fact: { name: string; aliases: string[]; mentions: MentionFact[] }): string[] {
  return [fact.name, ...fact.aliases, ...fact.mentions.map((m) => m.text)];
}

/** The id of a related entity, or null: what the entity's foreign key holds. */
function idOf(entity: Ref | null): number | null {
  return entity?.id ?? null;
}

export class ArticleEntities {
  /** folded name -> entity: canonical names of the article's people; every name of its organizations and places */
  readonly people = new Map<string, Ref>();
  readonly organizations = new Map<string, Ref>();
  readonly places = new Map<string, Ref>();
  /** aliases to write, `<kind>:<id>:<folded>` -> name as written */
  private readonly aliases = new Map<string, { kind: EntityType; id: number; name: string; normalized: string }>();

  private constructor(
    private readonly tx: Db,
    private readonly storedPeople: Map<string, StoredPerson>,
    private readonly storedOrganizations: Map<string, StoredOrganization>,
    private readonly storedPlaces: Map<string, StoredPlace>,
  ) {}

  /** Reads the stored entities the article may name, one query per kind. */
  static async load(tx: Db, facts: ExtractedArticle): Promise<ArticleEntities> {
    const names = namesIn(facts);
    const where = (kind: EntityType) => ({ slug: { in: [...new Set(names.map((n) => slugify(keyName(kind, n))))] } });
    // One after another: a transaction is one connection, which runs one query at a time.
    const people = await tx.person.findMany({ where: where('person'), select: personSelect });
    const organizations = await tx.organization.findMany({ where: where('organization'), select: organizationSelect });
    const places = await tx.place.findMany({ where: where('place'), select: placeSelect });
    const bySlug = <T extends { slug: string }>(rows: T[]) => new Map(rows.map((r) => [r.slug, r]));
    return new ArticleEntities(tx, bySlug(people), bySlug(organizations), bySlug(places));
  }

  /** Stores the article's entities: countries first, as other places, organizations and people point at them. */
  async storeAll(facts: ExtractedArticle): Promise<void> {
    const places = [...facts.places].sort((a, b) => Number(b.kind === 'country') - Number(a.kind === 'country'));
    for (const place of places) await this.storePlace(place);
    for (const org of facts.organizations) await this.storeOrganization(org, facts.organizations);
    for (const person of facts.people) await this.storePerson(person);
  }

  // ---- by name: this article's entities, else the stored one with that slug

  private async findPlace(name: string): Promise<Ref | null> {
    const folded = foldName(name);
    return this.places.get(folded) ?? (await this.stored('place', slugify(keyName('place', name))));
  }

  private async findOrganization(name: string): Promise<Ref | null> {
    return this.organizations.get(foldName(name)) ?? (await this.stored('organization', slugify(keyName('organization', name))));
  }

  private async stored(kind: 'place' | 'organization', slug: string): Promise<Ref | null> {
    if (kind === 'place') {
      if (!this.storedPlaces.has(slug)) {
        const row = await this.tx.place.findUnique({ where: { slug }, select: placeSelect });
        if (row) this.storedPlaces.set(slug, row);
      }
      return this.storedPlaces.get(slug) ?? null;
    }
    if (!this.storedOrganizations.has(slug)) {
      const row = await this.tx.organization.findUnique({ where: { slug }, select: organizationSelect });
      if (row) this.storedOrganizations.set(slug, row);
    }
    return this.storedOrganizations.get(slug) ?? null;
  }

  /**
   * The place `name` names, stored first if need be. Every name the article gives a place is
   * stored whether or not another article stored it before, so nothing depends on that order.
   */
  async ensurePlace(name: string, kind: PlaceKind, country: string | null): Promise<Ref> {
    return (await this.findPlace(name)) ?? this.storePlace({ name, kind, country, parent: null, aliases: [], mentions: [] });
  }

  ensureCountry(name: string): Promise<Ref> {
    return this.ensurePlace(name, 'country', name);
  }

  /** The organization `name` names, stored first if need be (as ensurePlace). */
  async ensureOrganization(name: string): Promise<Ref> {
    return (await this.findOrganization(name)) ?? this.storeOrganization({ name, acronym: null, country: null, parent: null, aliases: [], mentions: [] }, []);
  }

  // ---- places

  async storePlace(fact: PlaceFact): Promise<Ref> {
    const folded = foldName(fact.name);
    const seen = this.places.get(folded);
    if (seen) return this.remember('place', seen, allNames(fact), this.places);
    const canonical = keyName('place', fact.name);
    const slug = slugify(canonical);
    const country = fact.country && fact.kind !== 'country' ? await this.ensureCountry(fact.country) : null;
    // A venue lies in a city; a city in a region.
    const parent = fact.parent ? await this.ensurePlace(fact.parent, fact.kind === 'venue' ? 'city' : 'region', fact.country) : null;
    const stored = this.storedPlaces.get(slug) ?? (await this.tx.place.findUnique({ where: { slug }, select: placeSelect }));
    let id: number;
    if (!stored) {
      id = (await this.tx.place.create({
        data: { slug, name: canonical, kind: fact.kind, countryId: country?.id, parentId: parent?.id }, select: { id: true },
      })).id;
    } else {
      id = stored.id;
      const name = preferredName(stored.name, canonical);
      const kind: PlaceKind = preferredKind(stored.kind, fact.kind);
      const keptCountry = preferredValue(stored.country, country, (r) => r.slug);
      const keptParent = preferredValue(stored.parent, parent, (r) => r.slug);
      if (name !== stored.name || kind !== stored.kind || idOf(stored.country) !== idOf(keptCountry)
        || idOf(stored.parent) !== idOf(keptParent)) {
        const { count } = await this.tx.place.updateMany({
          where: { id, name: stored.name, kind: stored.kind, countryId: idOf(stored.country), parentId: idOf(stored.parent) },
          data: { name, kind, countryId: idOf(keptCountry), parentId: idOf(keptParent) },
        });
        if (count === 0) throw new ConcurrentWriteConflict(`place ${slug}`);
      }
    }
    const entity = { id, slug };
    this.storedPlaces.delete(slug); // stale now; re-read if named again (it is in `places` from here on)
    return this.remember('place', entity, [canonical, ...allNames(fact)], this.places);
  }

  // ---- organizations

  async storeOrganization(fact: OrganizationFact, all: OrganizationFact[]): Promise<Ref> {
    const seen = this.organizations.get(foldName(fact.name));
    if (seen) return seen;
    const canonical = keyName('organization', fact.name);
    const slug = slugify(canonical);
    const country = fact.country ? await this.ensureCountry(fact.country) : null;
    const parent = fact.parent ? await this.parentOrganization(fact.parent, fact.country, all) : null;
    const stored = this.storedOrganizations.get(slug) ?? (await this.tx.organization.findUnique({ where: { slug }, select: organizationSelect }));
    let id: number;
    if (!stored) {
      id = (await this.tx.organization.create({
        data: { slug, name: canonical, acronym: fact.acronym, countryId: country?.id, parentId: parent?.id }, select: { id: true },
      })).id;
    } else {
      id = stored.id;
      const name = preferredName(stored.name, canonical);
      const acronym = preferredValue(stored.acronym, fact.acronym, (a) => a);
      const keptCountry = preferredValue(stored.country, country, (r) => r.slug);
      const keptParent = preferredValue(stored.parent, parent, (r) => r.slug);
      if (name !== stored.name || acronym !== stored.acronym || idOf(stored.country) !== idOf(keptCountry)
        || idOf(stored.parent) !== idOf(keptParent)) {
        const { count } = await this.tx.organization.updateMany({
          where: { id, name: stored.name, acronym: stored.acronym, countryId: idOf(stored.country), parentId: idOf(stored.parent) },
          data: { name, acronym, countryId: idOf(keptCountry), parentId: idOf(keptParent) },
        });
        if (count === 0) throw new ConcurrentWriteConflict(`organization ${slug}`);
      }
    }
    this.storedOrganizations.delete(slug);
    return this.remember('organization', { id, slug }, [canonical, ...allNames(fact), ...(fact.acronym ? [fact.acronym] : [])], this.organizations);
  }

  private async parentOrganization(name: string, country: string | null, all: OrganizationFact[]): Promise<Ref> {
    const inArticle = all.find((o) => foldName(o.name) === foldName(name));
    if (inArticle) return this.storeOrganization(inArticle, all);
    return this.storeOrganization({ name, acronym: null, country, parent: null, aliases: [], mentions: [] }, all);
  }

  // ---- people

  async storePerson(fact: PersonFact): Promise<Ref> {
    const folded = foldName(fact.name);
    const seen = this.people.get(folded);
    if (seen) return this.remember('person', seen, allNames(fact));
    const canonical = keyName('person', fact.name);
    const slug = slugify(canonical);
    const country = fact.country ? await this.ensureCountry(fact.country) : null;
    const stored = this.storedPeople.get(slug) ?? (await this.tx.person.findUnique({ where: { slug }, select: personSelect }));
    let id: number;
    if (!stored) {
      id = (await this.tx.person.create({ data: { slug, name: canonical, countryId: country?.id }, select: { id: true } })).id;
    } else {
      id = stored.id;
      const name = preferredName(stored.name, canonical);
      const keptCountry = preferredValue(stored.country, country, (r) => r.slug);
      if (name !== stored.name || idOf(stored.country) !== idOf(keptCountry)) {
        const { count } = await this.tx.person.updateMany({
          where: { id, name: stored.name, countryId: idOf(stored.country) },
          data: { name, countryId: idOf(keptCountry) },
        });
        if (count === 0) throw new ConcurrentWriteConflict(`person ${slug}`);
      }
    }
    this.storedPeople.delete(slug);
    const entity = { id, slug };
    // People are found within the article by canonical name only: two people may share a surname.
    this.people.set(folded, entity);
    return this.remember('person', entity, [canonical, ...allNames(fact)]);
  }

  /**
   * Notes `names` as aliases of `entity` and, in `local`, as names this article uses for it
   * (the first entity to claim a name in the article keeps it).
   */
  private remember(kind: EntityType, entity: Ref, names: string[], local?: Map<string, Ref>): Ref {
    for (const name of names) {
      const normalized = foldName(name);
      if (!normalized) continue;
      if (local && !local.has(normalized)) local.set(normalized, entity);
      const key = `${kind}:${entity.id}:${normalized}`;
      if (!this.aliases.has(key)) this.aliases.set(key, { kind, id: entity.id, name, normalized });
    }
    return entity;
  }

  /** Writes the aliases noted, skipping those stored already (by an earlier article or another writer). */
  async writeAliases(): Promise<void> {
    const rows = [...this.aliases.values()];
    const of = (kind: EntityType) => rows.filter((r) => r.kind === kind);
    const skipExisting = { skipExisting: true };
    await insertRows<Prisma.PersonAliasCreateManyInput>(this.tx, 'PersonAlias', ['personId', 'name', 'normalized'],
      of('person').map(({ id, name, normalized }) => ({ personId: id, name, normalized })), skipExisting);
    await insertRows<Prisma.OrganizationAliasCreateManyInput>(this.tx, 'OrganizationAlias', ['organizationId', 'name', 'normalized'],
      of('organization').map(({ id, name, normalized }) => ({ organizationId: id, name, normalized })), skipExisting);
    await insertRows<Prisma.PlaceAliasCreateManyInput>(this.tx, 'PlaceAlias', ['placeId', 'name', 'normalized'],
      of('place').map(({ id, name, normalized }) => ({ placeId: id, name, normalized })), skipExisting);
  }
}
