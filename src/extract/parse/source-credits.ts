// A story's closing credit names the agency it comes from: "— Reuters", "(Source: Xinhua)",
// "With inputs from PTI", "(TPM/SunStar Philippines)" (desk initials / outlet), "© Reuters 2025",
// "(WAM)" or "… said. (ANI)" (the agency in parentheses closing the story), "Published in Dawn, March
// 3rd, 2026" (the print edition), "Yle News" (the site's name as the last line), "Issued by: National
// Treasury" (a press release's footer).
// Read only from the last paragraphs, and used only when neither the header nor the dateline
// credits one. A lead opening "(Reuters) -" with no place credits the agency too.
import { isOutletLike, outletName } from './outlet.ts';
import { isAgency } from './word-lists.ts';

const DASH_CREDIT = /(?:^|\s)[-–—]+\s*(\p{Lu}[\p{L}.&' -]{1,40}?)\.?$/u;
/** "(WAM)", "… trade. (ANI)": an agency in parentheses closing the story. */
const PAREN_CREDIT = /(?:^|\s)\((\p{Lu}[\p{L}.&' -]{1,40}?)\)$/u;
const SOURCE_LABEL = /\(?\bsource\s*:\s*([^()]{2,40}?)\)?\.?$/i;
const INPUTS = /\(?\bwith (?:inputs?|reporting|additional reporting) (?:from|by) ([^()]{2,60}?)\)?\.?$/i;
/** "© Reuters 2025", "[Copyright The Jiji Press, Ltd.]": a whole line giving the holder in capitalised words. */
const COPYRIGHT = /^\[?(?:(?:©|\([Cc]\))\s*(?:[Cc]opyright)?|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}.&'-]*(?: (?:of |and |& )?\p{Lu}[\p{L}.&'-]*){0,5}?)(?:,?\s+(?:Ltd|Inc|LLC|Co|DAC|plc|PLC|Limited|GmbH|AG|SA)\.?)?(?:\s+\d{4})?\.?(?:\s*All rights reserved\.?)?\]?$/u;
/** "Published in Dawn, March 3rd, 2026": the paper whose print edition carried the story. */
const PRINT_EDITION = /^(?:first )?(?:published|printed|appeared) in (?:the )?(\p{Lu}[\p{L}.&' -]{1,40}?)(?:,.*)?\.?$/iu;
/** "Issued by: National Treasury": the body a press release comes from, in its footer. */
const ISSUED_BY = /^issued by\s*:?\s*(\p{Lu}[\p{L}.&' -]{2,60}?)\.?$/iu;
const LEAD_CREDIT = /^\(([\p{L}][\p{L} .&-]{0,30})\)\s*(?:--|—|–|-)\s/u;
/** "(TPM/SunStar Philippines)": a desk's initials, then the outlet. */
const INITIALS_OUTLET = /\(\s*[A-Z]{2,5}\s*\/\s*(\p{Lu}[\p{L}.&' -]{1,40}?)\s*\)\.?$/u;

/** The outlet credited by the closing lines of a story, else null. */
export function closingCredit(lastParagraphs: readonly string[]): string | null {
  const last = lastParagraphs.at(-1)?.trim() ?? '';
  if (last.split(' ').length <= 3 && isOutletLike(last)) return last;
  for (const paragraph of [...lastParagraphs].reverse()) {
    const text = paragraph.trim();
    const edition = PRINT_EDITION.exec(text)?.[1] ?? ISSUED_BY.exec(text)?.[1];
    if (edition !== undefined) return edition;
    const desk = INITIALS_OUTLET.exec(text);
    if (desk) return desk[1] ?? null;
    const holder = COPYRIGHT.exec(text)?.[1]?.replace(/\.$/, '');
    // "© 2026 The Irish Times DAC" is The Irish Times; "© The Associated Press" the listed agency.
    if (holder !== undefined) return isAgency(holder.replace(/^the /i, '')) ? holder.replace(/^the /i, '') : holder;
    for (const pattern of [DASH_CREDIT, SOURCE_LABEL, PAREN_CREDIT]) {
      const name = pattern.exec(text)?.[1]?.trim();
      if (name !== undefined && outletName(name) !== null) return name;
    }
    // "With inputs from PTI and Reuters", "with inputs from agencies": the first outlet named.
    const inputs = INPUTS.exec(text)?.[1];
    const first = inputs?.split(/,| and | & /).map((s) => s.trim()).find((s) => outletName(s) !== null);
    if (first !== undefined) return first.charAt(0).toUpperCase() + first.slice(1);
  }
  return null;
}

/** "(Reuters) - Ministers met …": a lead credited to an agency without a place. */
export function leadCredit(lead: string): string | null {
  const name = LEAD_CREDIT.exec(lead)?.[1];
  return name !== undefined && outletName(name) !== null ? name : null;
}
