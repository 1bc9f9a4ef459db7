// "BRICS summit in Kazan: Putin holds marathon of bilateral talks": a story with no dateline is set
// where the gathering its lead reports takes place, and the talks it goes on to tell of in the
// same days happen there unless it names another place.
import type { Kind } from './candidates.ts';

export interface Placed {
  kind: Kind;
  location: string | null;
  date: { date: string } | null;
  sentence: { paragraph: number };
}

/** The placed, dated gathering the lead paragraph reports, if any. */
export function leadGathering<T extends Placed>(meetings: readonly T[], leadParagraph: number): T | undefined {
  return meetings.find((m) => m.sentence.paragraph === leadParagraph && m.kind === 'event' && m.location !== null && m.date !== null);
}

/** Places unplaced meetings held within the lead gathering's dates at its place. */
export function placeAtSetting(meetings: readonly Placed[], setting: Placed): void {
  const during = setting.date?.date ?? '';
  for (const m of meetings) {
    if (m.location !== null || m.kind === 'call' || m.date === null) continue;
    if (m.date.date.startsWith(during)) m.location = setting.location;
  }
}
