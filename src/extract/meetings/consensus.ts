// "discussed the implementation of the consensus reached between President Xi Jinping and
// President Vladimir Putin": those who reached an earlier agreement are what was discussed, not
// who met, and the phrase is no report of their meeting.
import type { TextRange } from './attribution.ts';

const REACHED = /\b(?:consensus|agreements?|understandings?|decisions?|instructions?)\s+(?:reached|made|given|agreed|achieved)\s+(?:between|by)\b/g;

/** Character ranges of `text` (one sentence) naming who reached an agreement, to the next comma or semicolon. */
export function agreementRanges(text: string): TextRange[] {
  return [...text.matchAll(REACHED)].map((m) => {
    const start = m.index ?? 0;
    const stop = text.slice(start).search(/[,;]/);
    return { start, end: stop < 0 ? text.length : start + stop };
  });
}
