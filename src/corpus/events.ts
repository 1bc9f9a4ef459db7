// The timeline behind the corpus: meetings between Chinese and Russian officials, each reported
// by one or more articles (some announce it beforehand), so the same meeting reaches the
// database from several sources, as in real news flow.
import { addDays, year } from './calendar.ts';
import {
  capitals, cities, otherSide, summits, syntheticTracks, thirdCountryCities, tracks, venues,
  type Mechanism, type OrgSpec, type PersonSpec, type PlaceSpec, type Side, type TrackName, type VenueSpec,
} from './pools.ts';
import type { Random } from './random.ts';
import type { SyntheticPeople } from './synthetic-people.ts';

export type MeetingKind = 'talks' | 'met' | 'session' | 'summit' | 'sideline';

export interface MeetingEvent {
  id: number;
  kind: MeetingKind;
  /** The host-side official first. */
  host: PersonSpec;
  guest: PersonSpec;
  date: string;
  city: PlaceSpec;
  venue: VenueSpec | null;
  /** For sessions of a recurring mechanism. */
  session: { mechanism: Mechanism; ordinal: number } | null;
  /** For summits and meetings on their sidelines. */
  summitOrg: OrgSpec | null;
}

export interface Report {
  event: MeetingEvent;
  publishedOn: string;
  status: 'held' | 'scheduled';
}

const firstDay = '2022-01-01';
const spanDays = 1764; // through 2026-10-30

function holders(track: TrackName, side: Side, synthetic: SyntheticPeople): PersonSpec[] {
  if (!syntheticTracks.has(track)) return tracks[track][side === 'China' ? 'china' : 'russia'];
  return track === 'regional' ? synthetic.regional[side] : synthetic.ministries[side];
}

function hostCity(random: Random, host: Side, track: TrackName): PlaceSpec {
  if (track === 'regional' || random.chance(0.25)) return random.pick(cities[host]);
  return capitals[host];
}

function venueIn(random: Random, city: PlaceSpec): VenueSpec | null {
  const here = venues.filter((v) => v.city === city.name);
  return here.length && random.chance(0.5) ? random.pick(here) : null;
}

/** How many articles report one meeting: mostly one or two, a few up to six. */
function reportCount(random: Random): number {
  return random.weighted([1, 2, 3, 4, 5, 6], (n) => [45, 25, 14, 8, 5, 3][n - 1] ?? 0);
}

export function planReports(random: Random, articles: number, synthetic: SyntheticPeople): Report[] {
  const reports: Report[] = [];
  const events: MeetingEvent[] = [];
  const trackNames = Object.keys(tracks) as TrackName[];
  const add = (event: Omit<MeetingEvent, 'id'> | MeetingEvent, count: number): MeetingEvent => {
    const full = 'id' in event ? event : { ...event, id: events.length + 1 };
    if (full.id > events.length) events.push(full);
    // An announcement first, now and then, then reports on the day or shortly after.
    for (let i = 0; i < count; i++) {
      const scheduled = i === 0 && count > 1 && random.chance(0.3);
      const publishedOn = scheduled ? addDays(full.date, -random.between(1, 6)) : addDays(full.date, random.pick([0, 1, 1, 1, 2]));
      reports.push({ event: full, publishedOn, status: scheduled ? 'scheduled' : 'held' });
    }
    return full;
  };

  // Summits draw many reports each: the summit itself and the leaders' talks on its sidelines.
  const summitReports = Math.max(1, Math.round(articles * 0.002));
  for (const summit of summits) {
    const base = { host: tracks.leaders.china[0] as PersonSpec, guest: tracks.leaders.russia[0] as PersonSpec,
      date: summit.date, city: summit.city, venue: null, session: null, summitOrg: summit.org };
    add({ ...base, kind: 'summit' }, summitReports);
    add({ ...base, kind: 'sideline' }, summitReports);
  }

  // One session of each mechanism a year: later draws for that year report the same session.
  const sessions = new Map<string, MeetingEvent>();
  while (reports.length < articles) {
    const track = random.weighted(trackNames, (t) => tracks[t].weight);
    const hostSide: Side = random.chance(0.5) ? 'China' : 'Russia';
    // A few office holders dominate each side, as the real ones do.
    const host = random.zipf(holders(track, hostSide, synthetic), 1.2);
    const guest = random.zipf(holders(track, otherSide[hostSide], synthetic), 1.2);
    const date = addDays(firstDay, random.int(spanDays));
    const city = random.chance(0.03) ? random.pick(thirdCountryCities) : hostCity(random, hostSide, track);
    const { mechanism, mechanismShare = 0 } = tracks[track];
    if (mechanism && random.chance(mechanismShare)) {
      const key = `${track}:${year(date)}`;
      const held = sessions.get(key);
      if (held) add(held, reportCount(random));
      else {
        const session = { mechanism, ordinal: mechanism.ordinalIn2022 + year(date) - 2022 };
        sessions.set(key, add({ kind: 'session', host, guest, date, city, venue: null, session, summitOrg: null }, reportCount(random)));
      }
      continue;
    }
    add(
      { kind: random.chance(0.5) ? 'talks' : 'met', host, guest, date, city, venue: venueIn(random, city), session: null, summitOrg: null },
      reportCount(random),
    );
  }
  return reports
    .slice(0, articles)
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.event.id - b.event.id);
}
