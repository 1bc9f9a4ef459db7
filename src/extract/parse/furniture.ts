// Site furniture that pages print around a headline: section names ("WORLD", "Americas"),
// navigation ("Connect with us", "Top"), reading times ("1 minute read"), the page's own URL,
// weather and clock widgets. None of it is a headline or story text.
import { isWidget } from './stamp.ts';
import { foldWords, pageFurniture } from './word-lists.ts';

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const READING_TIME = /^\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?$/i;

export function isFurniture(line: string): boolean {
  const folded = foldWords(line);
  return (
    pageFurniture.sections.has(folded) ||
    pageFurniture.navigation.has(folded) ||
    URL_LINE.test(line) ||
    READING_TIME.test(line) ||
    isWidget(line)
  );
}

/**
 * A label above the headline ("Newsfrom Japan", "DIPLOMACY"): one or two capitalised words.
 * Headlines are sentences ("Officials meet"); used only where a headline is still expected.
 */
export const isShortLabel = (line: string): boolean => /^\p{Lu}[\p{L}&'-]*(?: \p{Lu}[\p{L}&'-]*)?$/u.test(line);
