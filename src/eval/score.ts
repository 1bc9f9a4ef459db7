// Scoring against gold annotations, following test/fixtures/gold/README.md: names compared
// after folding case, punctuation and diacritics; a prediction matches a gold entry by its
// name or any gold mention; each gold entry is matched at most once.
import { foldName, type GoldArticle, type GoldMeeting } from '../extract/index.ts';

export interface Tally {
  matched: number;
  predicted: number;
  gold: number;
}

export interface Ratio {
  correct: number;
  total: number;
}

export interface ArticleScore {
  file: string;
  people: Tally;
  organizations: Tally;
  places: Tally;
  meetings: Tally;
  /** Metadata fields (title, publishedOn, source, dateline) that differ from gold. */
  metadataErrors: string[];
  /** The same fields as "field: predicted ≠ gold", for reading misses. */
  metadataDiffs: string[];
  meetingDate: Ratio;
  meetingLocation: Ratio;
  /** Unmatched names, for reading misses. */
  misses: { kind: string; spurious: string[]; missing: string[] }[];
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

export function rates(t: Tally): Rates {
  const precision = t.predicted === 0 ? (t.gold === 0 ? 1 : 0) : t.matched / t.predicted;
  const recall = t.gold === 0 ? 1 : t.matched / t.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

interface Named {
  name: string;
  mentions?: string[];
}

const formsOf = (g: Named): Set<string> => new Set([g.name, ...(g.mentions ?? [])].map(foldName));

/** Greedy one-to-one matching by name: exact gold names first, then gold mentions. */
function matchNames(predicted: readonly Named[], gold: readonly Named[]): { tally: Tally; spurious: string[]; missing: string[] } {
  const used = new Set<number>();
  const matchedPred = new Set<number>();
  const goldForms = gold.map(formsOf);
  for (const byNameOnly of [true, false]) {
    predicted.forEach((p, pi) => {
      if (matchedPred.has(pi)) return;
      const key = foldName(p.name);
      const gi = gold.findIndex((g, i) => !used.has(i) && (byNameOnly ? foldName(g.name) === key : goldForms[i]?.has(key)));
      if (gi >= 0) {
        used.add(gi);
        matchedPred.add(pi);
      }
    });
  }
  return {
    tally: { matched: used.size, predicted: predicted.length, gold: gold.length },
    spurious: predicted.filter((_, i) => !matchedPred.has(i)).map((p) => p.name),
    missing: gold.filter((_, i) => !used.has(i)).map((g) => g.name),
  };
}

function dateAgrees(predicted: string | null, gold: string | null): boolean {
  return gold === null || (predicted !== null && predicted.startsWith(gold));
}

function matchMeetings(pred: GoldArticle, gold: GoldArticle) {
  // Gold participant -> every form it may be written in (gold name and its mentions).
  const forms = new Map<string, Set<string>>();
  for (const e of [...gold.people, ...gold.organizations]) forms.set(e.name, formsOf(e));
  const setOf = (m: GoldMeeting): string[] => [...m.participants, ...m.organizations];
  const pairs: { pi: number; gi: number; share: number }[] = [];
  pred.meetings.forEach((p, pi) => {
    const predicted = new Set(setOf(p).map(foldName));
    gold.meetings.forEach((g, gi) => {
      const wanted = setOf(g);
      const shared = wanted.filter((w) => [...(forms.get(w) ?? new Set([foldName(w)]))].some((f) => predicted.has(f))).length;
      if (wanted.length > 0 && shared * 2 >= wanted.length && dateAgrees(p.date, g.date)) {
        pairs.push({ pi, gi, share: shared / wanted.length });
      }
    });
  });
  // Maximum one-to-one matching (augmenting paths), trying stronger overlaps first.
  pairs.sort((a, b) => b.share - a.share || a.gi - b.gi || a.pi - b.pi);
  const options = gold.meetings.map((_, gi) => pairs.filter((x) => x.gi === gi).map((x) => x.pi));
  const goldOf = new Map<number, number>();
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const pi of options[gi] ?? []) {
      if (seen.has(pi)) continue;
      seen.add(pi);
      const owner = goldOf.get(pi);
      if (owner === undefined || augment(owner, seen)) {
        goldOf.set(pi, gi);
        return true;
      }
    }
    return false;
  };
  gold.meetings.forEach((_, gi) => augment(gi, new Set()));
  const usedP = new Set(goldOf.keys());
  const usedG = new Set(goldOf.values());
  const matches: { p: GoldMeeting; g: GoldMeeting }[] = [];
  for (const [pi, gi] of [...goldOf].sort((a, b) => a[1] - b[1])) {
    const p = pred.meetings[pi];
    const g = gold.meetings[gi];
    if (p && g) matches.push({ p, g });
  }
  const describe = (m: GoldMeeting): string => `${setOf(m).join(' + ')} @ ${m.date ?? '?'}`;
  return {
    tally: { matched: matches.length, predicted: pred.meetings.length, gold: gold.meetings.length },
    matches,
    spurious: pred.meetings.filter((_, i) => !usedP.has(i)).map(describe),
    missing: gold.meetings.filter((_, i) => !usedG.has(i)).map(describe),
  };
}

const METADATA_FIELDS = ['title', 'publishedOn', 'source', 'dateline'] as const;

export function scoreArticle(pred: GoldArticle, gold: GoldArticle): ArticleScore {
  const people = matchNames(pred.people, gold.people);
  const organizations = matchNames(pred.organizations, gold.organizations);
  const places = matchNames(pred.places, gold.places);
  const meetings = matchMeetings(pred, gold);
  const metadataErrors = METADATA_FIELDS.filter((k) => pred[k] !== gold[k]);
  const dateOk = (p: GoldMeeting, g: GoldMeeting): boolean => (g.date === null ? p.date === null : dateAgrees(p.date, g.date));
  const placeOk = (p: GoldMeeting, g: GoldMeeting): boolean => foldName(p.location ?? '') === foldName(g.location ?? '');
  return {
    file: gold.file,
    people: people.tally,
    organizations: organizations.tally,
    places: places.tally,
    meetings: meetings.tally,
    metadataErrors,
    metadataDiffs: metadataErrors.map((k) => `${k}: ${JSON.stringify(pred[k])} ≠ ${JSON.stringify(gold[k])}`),
    meetingDate: { correct: meetings.matches.filter(({ p, g }) => dateOk(p, g)).length, total: meetings.matches.length },
    meetingLocation: { correct: meetings.matches.filter(({ p, g }) => placeOk(p, g)).length, total: meetings.matches.length },
    misses: [
      { kind: 'people', spurious: people.spurious, missing: people.missing },
      { kind: 'organizations', spurious: organizations.spurious, missing: organizations.missing },
      { kind: 'places', spurious: places.spurious, missing: places.missing },
      { kind: 'meetings', spurious: meetings.spurious, missing: meetings.missing },
    ],
  };
}

export interface Summary {
  articles: number;
  people: Tally;
  organizations: Tally;
  places: Tally;
  meetings: Tally;
  metadataCorrect: number;
  /** Articles whose field agrees with gold, per metadata field. */
  metadataFields: Record<(typeof METADATA_FIELDS)[number], number>;
  meetingDate: Ratio;
  meetingLocation: Ratio;
}

/** Micro-averaged totals over articles. */
export function summarize(scores: readonly ArticleScore[]): Summary {
  const add = (a: Tally, b: Tally): Tally => ({ matched: a.matched + b.matched, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
  const addRatio = (a: Ratio, b: Ratio): Ratio => ({ correct: a.correct + b.correct, total: a.total + b.total });
  const zero: Tally = { matched: 0, predicted: 0, gold: 0 };
  return scores.reduce<Summary>(
    (s, x) => ({
      articles: s.articles + 1,
      people: add(s.people, x.people),
      organizations: add(s.organizations, x.organizations),
      places: add(s.places, x.places),
      meetings: add(s.meetings, x.meetings),
      metadataCorrect: s.metadataCorrect + (x.metadataErrors.length === 0 ? 1 : 0),
      metadataFields: Object.fromEntries(
        METADATA_FIELDS.map((k) => [k, s.metadataFields[k] + (x.metadataErrors.includes(k) ? 0 : 1)]),
      ) as Summary['metadataFields'],
      meetingDate: addRatio(s.meetingDate, x.meetingDate),
      meetingLocation: addRatio(s.meetingLocation, x.meetingLocation),
    }),
    {
      articles: 0,
      people: zero,
      organizations: zero,
      places: zero,
      meetings: zero,
      metadataCorrect: 0,
      metadataFields: { title: 0, publishedOn: 0, source: 0, dateline: 0 },
      meetingDate: { correct: 0, total: 0 },
      meetingLocation: { correct: 0, total: 0 },
    },
  );
}
