// An in-memory index of the entities already stored, so resolving a name costs a map lookup
// instead of queries. It is loaded once per process and changed only through `commit`, after
// the transaction that created the entities has succeeded.
import type { Db } from '../db/client.ts';
import type { DatePrecision, MeetingStatus } from '../db/generated/enums.ts';
import { foldName, isMultiWord } from './names.ts';

export type EntityKind = 'person' | 'organization' | 'place';

export interface IndexedMeeting {
  id: number;
  name: string | null;
  date: Date | null;
  datePrecision: DatePrecision;
  status: MeetingStatus;
  locationId: number | null;
  /** `p<id>` for people, `o<id>` for organizations. */
  members: Set<string>;
}

interface Pending {
  aliases: Array<{ kind: EntityKind; folded: string; id: number }>;
  /** meetings created or merged, with the article whose report touched them */
  meetings: Array<IndexedMeeting & { sourcedBy: number }>;
}

export class EntityIndex {
  /** folded alias -> entity ids having it, per kind */
  private readonly aliases: Record<EntityKind, Map<string, Set<number>>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  };
  private readonly meetingsById = new Map<number, IndexedMeeting>();
  private readonly meetingsByMember = new Map<string, Set<number>>();

  static async load(db: Db): Promise<EntityIndex> {
    const index = new EntityIndex();
    const [people, orgs, places, meetings] = await Promise.all([
      db.personAlias.findMany({ select: { personId: true, normalized: true } }),
      db.organizationAlias.findMany({ select: { organizationId: true, normalized: true } }),
      db.placeAlias.findMany({ select: { placeId: true, normalized: true } }),
      db.meeting.findMany({
        select: {
          id: true, name: true, date: true, datePrecision: true, status: true, locationId: true,
          participants: { select: { personId: true } },
          organizations: { select: { organizationId: true } },
        },
      }),
    ]);
    for (const a of people) index.addAlias('person', a.normalized, a.personId);
    for (const a of orgs) index.addAlias('organization', a.normalized, a.organizationId);
    for (const a of places) index.addAlias('place', a.normalized, a.placeId);
    for (const m of meetings) {
      index.addMeeting({
        id: m.id, name: m.name, date: m.date, datePrecision: m.datePrecision, status: m.status, locationId: m.locationId,
        members: new Set([...m.participants.map((p) => `p${p.personId}`), ...m.organizations.map((o) => `o${o.organizationId}`)]),
      });
    }
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

  /** Meetings sharing at least one participant or organization with `members`. */
  meetingsWith(members: Iterable<string>, pending?: Pending): IndexedMeeting[] {
    const ids = new Set<number>();
    for (const m of members) for (const id of this.meetingsByMember.get(m) ?? []) ids.add(id);
    const found = [...ids].map((id) => this.meetingsById.get(id)).filter((m): m is IndexedMeeting => !!m);
    const fresh = latest(pending).filter((m) => [...members].some((k) => m.members.has(k)));
    return [...found.filter((m) => !fresh.some((f) => f.id === m.id)), ...fresh];
  }

  meetingsNamed(name: string, pending?: Pending): IndexedMeeting[] {
    const fresh = latest(pending);
    const stored = [...this.meetingsById.values()].filter((m) => !fresh.some((f) => f.id === m.id));
    return [...stored, ...fresh].filter((m) => m.name === name);
  }

  /** Starts recording the changes of one transaction. */
  begin(): Pending {
    return { aliases: [], meetings: [] };
  }

  /** Makes a transaction's changes visible once it has committed. */
  commit(pending: Pending): void {
    for (const a of pending.aliases) this.addAlias(a.kind, a.folded, a.id);
    for (const m of latest(pending)) this.addMeeting(m);
  }

  private addAlias(kind: EntityKind, folded: string, id: number): void {
    let ids = this.aliases[kind].get(folded);
    if (!ids) this.aliases[kind].set(folded, (ids = new Set()));
    ids.add(id);
  }

  private addMeeting(meeting: IndexedMeeting): void {
    const previous = this.meetingsById.get(meeting.id);
    for (const m of previous?.members ?? []) this.meetingsByMember.get(m)?.delete(meeting.id);
    this.meetingsById.set(meeting.id, meeting);
    for (const m of meeting.members) {
      let ids = this.meetingsByMember.get(m);
      if (!ids) this.meetingsByMember.set(m, (ids = new Set()));
      ids.add(meeting.id);
    }
  }
}

/** The newest state of each meeting a transaction touched. */
function latest(pending: Pending | undefined): IndexedMeeting[] {
  const byId = new Map<number, IndexedMeeting>();
  for (const m of pending?.meetings ?? []) byId.set(m.id, m);
  return [...byId.values()];
}

export type { Pending as IndexChanges };
