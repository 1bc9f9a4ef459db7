// Photo captions, known by the credit that ends them: "(Xinhua/Ding Lin)", "LI XIANG/XINHUA",
// "[Photo by LIU MINGHUI/CHINA DAILY]", "Manuel Balce Ceneta/Pool via REUTERS", "Photo : MoFA",
// "[Image: Australian Government]", "Pic/AFP", "MOPA / AP", "Suluhu./Courtesy TZ MFA".
import { isAgency } from './word-lists.ts';

const CREDITS = [
  /\([A-Z][\w ]*\/[^)]+\)\s*$/,
  /\b\p{Lu}[\p{Lu}'-]+(?: \p{Lu}[\p{Lu}'-]+){1,3}\/\p{Lu}[\p{Lu} ]+\]?\s*$/u,
  /\[Photo[^\]]*\]\s*$/,
  // A photographer or pool credited through an agency.
  /\/[^/]{0,60}\bvia \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?\)?\.?$/u,
  // A labelled credit closing the line: "Photo : MoFA", "/ Photo: Reuters Archive", "File photo: Sputnik/…".
  /(?:^|[.!?/\])]\s*|[[(])(?:Photos?|Photograph|Pic|Picture|Image|File photo|PHOTO)\s*(?::|\/|by\b)\s*[^:]{1,60}[\])]?\.?$/u,
  // A credit glued to the sentence it captions: "… Suluhu./Courtesy TZ MFA".
  /[.!?"”]\s?\/\s?\p{Lu}[\p{L} .&'-]{1,40}$/u,
];
/** "… in a phone call. MOPA / AP": a credit pair ending in an agency. */
const AGENCY_PAIR = /\s\S+\s?\/\s?(\p{Lu}[\p{L}]*)$/u;

export function isCaption(line: string): boolean {
  if (CREDITS.some((c) => c.test(line))) return true;
  const pair = AGENCY_PAIR.exec(line);
  return pair !== null && isAgency(pair[1] ?? '');
}
