// Who reports a meeting is not at it. Attribution clauses name the source of a report
// ("..., Russian Foreign Ministry Spokeswoman Maria Zakharova told a briefing on Friday.",
// "..., according to Chinese Assistant Foreign Minister Hong Tao.", "According to Ushakov, ...",
// "..., confirmed to the media the presidential aide, Yuri Ushakov."); the people and dates in
// them belong to the report, not to the meeting it reports.

export interface TextRange {
  start: number;
  end: number;
}

const VERB = String.raw`(?:said|says|told|tells|announced|noted|added|stressed|emphasized|reported|confirmed|stated|wrote|observed|explained|revealed|disclosed|informed|quoted)`;
/** ", <source> said [to whom/when]." closing the sentence; no "that" (which opens reported speech). */
const TRAILING = new RegExp(String.raw`^,["”’]?\s+(?:[^,;]{1,100}?\s)?${VERB}\b(?:(?!\bthat\b)[^,;]){0,60}[.!?"”’]*$`);
/** ", confirmed to the media the presidential aide, Yuri Ushakov." — verb first. */
const INVERTED = new RegExp(String.raw`^,["”’]?\s+${VERB}\b[^;]{0,160}$`);
const ACCORDING = /\b[Aa]ccording to\b/g;

/** Character ranges of `text` (one sentence) that attribute the report to a source. */
export function attributionRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    const tail = text.slice(comma);
    if (TRAILING.test(tail) || INVERTED.test(tail)) {
      ranges.push({ start: comma, end: text.length });
      break;
    }
  }
  for (const m of text.matchAll(ACCORDING)) {
    const start = m.index ?? 0;
    // Sentence-initial "According to X, ..." ends at its comma; a closing one runs to the end.
    const initial = text.slice(0, start).trim() === '';
    const comma = text.indexOf(',', start);
    ranges.push({ start, end: initial && comma >= 0 ? comma : text.length });
  }
  return ranges;
}

export const within = (ranges: readonly TextRange[], at: number): boolean => ranges.some((r) => at >= r.start && at < r.end);
