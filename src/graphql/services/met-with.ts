// Who met whom: for each person, the other participants of their meetings, with the shared
// meetings, loaded for a whole batch of people in one go.
import type { Database } from '../../db/client.ts';

export interface Counterpart {
  /** The person met. */
  personId: number;
  /** Shared meetings, most recent first (undated last). */
  meetingIds: number[];
}

/** Counterparts of each person in `personIds`, in key order; most shared meetings first. */
export async function loadCounterparts(db: Database, personIds: readonly number[]): Promise<Counterpart[][]> {
  const rows = await db.meetingParticipant.findMany({
    where: { personId: { in: [...personIds] } },
    select: {
      personId: true,
      meeting: { select: { id: true, participants: { select: { personId: true }, orderBy: { personId: 'asc' } } } },
    },
    orderBy: [{ meetingDate: 'desc' }, { meetingId: 'desc' }], // the meeting's date; undated last
  });
  const byPerson = new Map<number, Map<number, number[]>>();
  for (const { personId, meeting } of rows) {
    let counterparts = byPerson.get(personId);
    if (!counterparts) byPerson.set(personId, (counterparts = new Map()));
    for (const other of meeting.participants) {
      if (other.personId === personId) continue;
      const meetings = counterparts.get(other.personId);
      if (meetings) meetings.push(meeting.id);
      else counterparts.set(other.personId, [meeting.id]);
    }
  }
  return personIds.map((id) =>
    [...(byPerson.get(id) ?? new Map<number, number[]>())]
      .map(([personId, meetingIds]) => ({ personId, meetingIds }))
      .sort((a, b) => b.meetingIds.length - a.meetingIds.length || a.personId - b.personId),
  );
}
