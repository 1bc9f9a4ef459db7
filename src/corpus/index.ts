// The synthetic corpus: `generateCorpus({ articles, seed })` yields articles in publication
// order, each with its gold annotation. Pure and deterministic: same options, same bytes.
import type { MeetingEvent } from './events.ts';
import { planReports } from './events.ts';
import { daysBetween } from './calendar.ts';
import { Random } from './random.ts';
import { syntheticPeople } from './synthetic-people.ts';
import { writeArticle, type GeneratedArticle } from './writer.ts';

export type { GeneratedArticle } from './writer.ts';
export type { GoldArticle } from './gold.ts';

export interface CorpusOptions {
  articles: number;
  seed?: number;
}

function pairKey(event: MeetingEvent): string {
  return [event.host.name, event.guest.name].sort().join('|');
}

/** Earlier meetings must be at least this far back to be "last met", not the same visit. */
const minimumGapDays = 20;

export function* generateCorpus({ articles, seed = 1 }: CorpusOptions): Generator<GeneratedArticle> {
  const root = new Random(seed);
  const synthetic = syntheticPeople(root.fork());
  const reports = planReports(root.fork(), articles, synthetic);

  const byPair = new Map<string, MeetingEvent[]>();
  for (const event of new Set(reports.map((r) => r.event))) {
    const list = byPair.get(pairKey(event)) ?? [];
    list.push(event);
    byPair.set(pairKey(event), list);
  }
  for (const list of byPair.values()) list.sort((a, b) => a.date.localeCompare(b.date));

  const random = root.fork();
  for (const [i, report] of reports.entries()) {
    let previousMeeting: MeetingEvent | null = null;
    for (const event of byPair.get(pairKey(report.event)) ?? []) {
      if (daysBetween(event.date, report.event.date) < minimumGapDays) break;
      previousMeeting = event;
    }
    yield writeArticle(i + 1, report, { random, synthetic, previousMeeting });
  }
}
