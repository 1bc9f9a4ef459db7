// Site furniture that pages print around a headline: section names ("WORLD", "Americas"),
// breadcrumbs ("Home > World > Asia"), navigation ("Connect with us", "Top"), share bars,
// reading times ("1 minute read"), the page's own URL, weather and clock widgets, the label of a
// press release ("Press release"). None of it is a headline or story text.
import { isOutletLike } from './outlet.ts';
import { isWidget } from './stamp.ts';
import { foldWords, pageFurniture } from './word-lists.ts';

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const READING_TIME = /^\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?$/i;
/** "PRESS RELEASE NO. 26/071": a release's number after its label. */
const RELEASE_NUMBER = /\s+(?:no\.?|nr\.?|number|#)?\s*\d[\d/.-]*$/i;
const CRUMB_SEPARATOR = /\s*(?:>|»|›|\/|\||•)\s*/;

const isMenuWord = (s: string): boolean => pageFurniture.sections.has(foldWords(s)) || pageFurniture.navigation.has(foldWords(s));

/**
 * "Home > World > Asia", "News / Politics", "Daily Herald | Politics": short parts, the first of
 * them a section or "Home", or the site's name before a section; or a row of topic tags between bars.
 */
function isBreadcrumb(line: string): boolean {
  const parts = line.split(CRUMB_SEPARATOR).filter((p) => p !== '');
  const [first = '', last = ''] = [parts[0], parts.at(-1)];
  const rooted = isMenuWord(first) || (isOutletLike(first) && isMenuWord(last));
  // "Mining & Metals | Oil & Gas | Brazil": a row of three or more topic tags needs no root, nor
  // a trail drawn with arrows ("TÜRKIYE > DIPLOMACY").
  const tags = (parts.length >= 3 && line.includes('|')) || /[>»›]/.test(line);
  return parts.length >= 2 && (rooted || tags) && parts.every((p) => /^[\p{L}&' -]+$/u.test(p) && p.split(' ').length <= 3);
}

/** "Share on Facebook", "Facebook Twitter WhatsApp Email". */
const isShareBar = (line: string): boolean => {
  const words = line.split(/[\s|•·,]+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= 12 && words.every((w) => pageFurniture.social.has(foldWords(w)));
};

/** "Press release", "PRESS RELEASE", "Media release": the label of a release, below the body that issues it. */
export const isReleaseLabel = (line: string): boolean =>
  line.length <= 40 && pageFurniture.releases.has(foldWords(line.replace(RELEASE_NUMBER, '')));

export function isFurniture(line: string): boolean {
  if (URL_LINE.test(line)) return true;
  // Furniture is short; story paragraphs are not folded and split for nothing.
  if (line.length > 120) return false;
  return isMenuWord(line) || isBreadcrumb(line) || isShareBar(line) || READING_TIME.test(line) || isWidget(line) || isReleaseLabel(line);
}

/**
 * A label above the headline ("Newsfrom Japan", "DIPLOMACY"): one or two capitalised words.
 * Headlines are sentences ("Officials meet"); used only where a headline is still expected.
 */
export const isShortLabel = (line: string): boolean => /^\p{Lu}[\p{L}&'-]*(?: \p{Lu}[\p{L}&'-]*)?$/u.test(line);
