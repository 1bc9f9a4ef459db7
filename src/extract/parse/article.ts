// Article text -> metadata and a clean body. Header lines (date line, headline, time stamps,
// bylines and place lines in each outlet's style, see header.ts; site furniture, see
// furniture.ts; a masthead or a press release's issuing body, see masthead.ts) become metadata;
// captions and editor footers stay as paragraphs of their own kind because the people they name
// are part of the article.
import type { Paragraph, ParagraphKind, ParsedArticle, Sentence } from '../types.ts';
import { isCaption } from './captions.ts';
import { formatDay } from '../dates/dates.ts';
import { readDateline, titleCase, type Dateline } from './dateline.ts';
import { isFurniture, isReleaseLabel, isShortLabel } from './furniture.ts';
import { readHeaderLine } from './header.ts';
import { isOutletLike, outletName } from './outlet.ts';
import { lookupPlace } from '../link/knowledge.ts';
import { issuingBody, readMasthead } from './masthead.ts';
import { splitSentences } from './sentences.ts';
import { stampDate } from './stamp.ts';
import { closingCredit, leadCredit } from './source-credits.ts';
import { listedAgencyForm, sameAgency } from './word-lists.ts';

export class ArticleParseError extends Error {
  readonly fileName: string;
  constructor(fileName: string, message: string) {
    super(`${fileName}: ${message}`);
    this.name = 'ArticleParseError';
    this.fileName = fileName;
  }
}

const DATE_LINE = /^date (\d{4}-\d{2}-\d{2})\s*(.*)$/;
const TITLE_PREFIX = /^(?:title|headline):\s*/i;
const TITLE_STAMP = /\s+[–—-]\s+(\d{4}-\d{2}-\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
/** "Ministers meet | Reuters", "Ministers meet - Xinhua": the site's name after the headline. */
const SITE_SUFFIX = /\s+[|–—-]\s+([^|–—-]{2,40})$/;
const BYLINE = /^by\s+(.+)$/i;
const FOOTER = /^\((?:web )?editors?:.*\)$/i;
const REPORTED = /,\s+([A-Z][\w ]{1,40}?) reported\.?$/m;
const LINK_LINE = /^(?:read more|read also|also read|see also|related|related story|related article|recommended|more on this)\s*:\s*\S/i;

interface Block {
  kind: ParagraphKind;
  text: string;
}

function cleanTitle(raw: string): { title: string; stamp: string | null } {
  const noPrefix = raw.replace(TITLE_PREFIX, '');
  const stamp = TITLE_STAMP.exec(noPrefix);
  const title = noPrefix.replace(TITLE_STAMP, '').trim();
  const site = SITE_SUFFIX.exec(title);
  return { title: site && outletName(site[1] ?? '') !== null ? title.slice(0, site.index) : title, stamp: stamp?.[1] ?? null };
}

/** A wire service's tag before its headline: "(LEAD)", "(2nd LD)", "(URGENT)". */
const WIRE_TAG = /^\((?:\d\w{0,3} )?\p{Lu}{2,}(?: \p{Lu}+)?\)\s+/u;

/** Text blocks after which a bare time stamp is story text, not the page's stamp. */
const HEADER_TEXT_BLOCKS = 4;

/**
 * A standalone headline: short, not a dateline, stamp, caption or furniture, and not a sentence:
 * no full stop or colon at the end; a question, exclamation or closing quote only on one short
 * clause ("Will the talks resume?", 'Minister says "no deal"').
 */
function looksLikeHeadline(line: string, maxLength = 160): boolean {
  const notASentence =
    !/[.:]$|[.!?,]["”’]$/.test(line) && (!/[!?"”’]$/.test(line) || (line.length <= 120 && !/[.!?]["”’]?\s+\p{Lu}/u.test(line)));
  return (
    line.length <= maxLength &&
    notASentence &&
    /^\p{Lu}|^\d/u.test(line.replace(WIRE_TAG, '')) &&
    readDateline(line) === null &&
    !isFurniture(line) &&
    !isCaption(line) &&
    readHeaderLine(line) === null
  );
}

/** Official readouts spell out both officials' full titles, so their headlines run long; a time
 * stamp right below still marks the line as the headline. */
function isLongHeadlineAboveStamp(line: string, next: string | undefined): boolean {
  if (next === undefined || !looksLikeHeadline(line, 320)) return false;
  return readHeaderLine(next)?.publishedOn != null;
}

export function slugOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return base.toLowerCase().replace(/[^a-z0-9]/g, '-');
}

interface Head {
  title: string | null;
  /** The date of a leading `date YYYY-MM-DD` line, and of a stamp glued to the headline. */
  datedOn: string | null;
  titleStamp: string | null;
  titlePending: boolean;
  /** A site's name printed above the headline ("RTV Pacific", "El Diario de Lima — Política"). */
  masthead: string | null;
  rest: string[];
}

/** The first line: a `date` line, often with the headline, furniture or the lead after it. */
function readFirstLine(lines: string[]): Head {
  const head: Head = { title: null, datedOn: null, titleStamp: null, titlePending: false, masthead: null, rest: lines.slice(1) };
  const first = lines[0];
  if (first === undefined) return head;
  const dated = DATE_LINE.exec(first);
  const line = dated ? (dated[2] ?? '') : first;
  head.datedOn = dated?.[1] ?? null;
  const cleaned = cleanTitle(line);
  if (line === '' || isFurniture(line) || (dated && isShortLabel(line))) head.titlePending = true;
  else if (readHeaderLine(line) !== null) {
    // A stamp or byline first ("Sun 6-October-2024"): the headline is below it.
    head.titlePending = true;
    head.rest = lines;
  } else if (readDateline(line) !== null || (dated && !looksLikeHeadline(cleaned.title))) head.rest = [line, ...head.rest];
  else if (looksLikeHeadline(cleaned.title) || TITLE_PREFIX.test(line) || isLongHeadlineAboveStamp(line, lines[1])) {
    // A masthead is known by the headline below it, past any section labels ("DW / Politics |
    // Germany / Headline", "TASS / Russian Politics & Diplomacy / 3 OCT 2026, 14:22 / Headline").
    head.masthead = headlineFollows(lines, 0) ? readMasthead(line) : null;
    if (head.masthead !== null) head.titlePending = true;
    else {
      head.title = cleaned.title;
      head.titleStamp = cleaned.stamp;
    }
  } else head.rest = [line, ...head.rest];
  return head;
}

interface Page {
  head: Head;
  blocks: Block[];
  place: string | null;
  source: string | null;
  /** A stamp above the headline is often the page's "today" widget; one below it dates the story. */
  stampAbove: string | null;
  stampBelow: string | null;
}

/** The first line after `index` that is not a stamp, a byline or a section label looks like a headline. */
function headlineFollows(lines: readonly string[], index: number): boolean {
  const next = lines.slice(index + 1).find((l) => readHeaderLine(l) === null && !isFurniture(l) && !isShortLabel(l));
  return next !== undefined && looksLikeHeadline(next);
}

/** Words of a section's name at most: "Russian Politics & Diplomacy", not "Kim Jong Un receives Lavrov". */
const SECTION_WORDS = 4;

/**
 * A short line of capitalised words ("Russian Politics & Diplomacy") with a longer headline below
 * it, past stamps and labels, is the page's section, not its headline.
 */
function sectionAboveHeadline(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  const words = line.split(' ');
  if (words.length > SECTION_WORDS || !words.every((w) => /^(?:\p{Lu}|&|and$)/u.test(w))) return false;
  const next = lines.slice(index + 1).find((l) => readHeaderLine(l) === null && !isFurniture(l));
  return next !== undefined && looksLikeHeadline(next) && next.split(' ').length > SECTION_WORDS;
}

/** The lines after the first: header furniture becomes metadata, the rest paragraphs of the body. */
function readLines(first: Head): Page {
  const head = { ...first };
  const page: Page = { head, blocks: [], place: null, source: null, stampAbove: null, stampBelow: null };
  const { blocks } = page;
  let textBlocks = 0;
  let afterStamp = false;
  for (const [index, line] of head.rest.entries()) {
    const previousWasStamp = afterStamp;
    afterStamp = false;
    if (line === head.title) continue; // the headline repeated above the story
    if (isReleaseLabel(line) && !storyStarted(blocks)) {
      // "MINISTRY OF X / Press release / Headline": the lines above the label name the issuing body.
      const above = [...(head.title === null ? [] : [head.title]), ...blocks.filter((b) => b.kind === 'text').map((b) => b.text)];
      const issuer = headlineFollows(head.rest, index) ? issuingBody(above) : null;
      if (issuer !== null) {
        page.source ??= issuer;
        blocks.splice(0, blocks.length, ...blocks.filter((b) => b.kind !== 'text'));
        textBlocks = 0;
        head.title = null;
        head.titleStamp = null;
        head.titlePending = true;
      }
      continue;
    }
    if (textBlocks === 0 && (isFurniture(line) || (head.titlePending && isShortLabel(line)))) continue;
    // "Read more: Leaders trade barbs at AU summit": a link to another story, whose people did not meet in this one.
    if (LINK_LINE.test(line)) continue;
    const header = line.length <= 160 ? readHeaderLine(line) : null;
    if (header) {
      // Bare stamps count only above the story (a one-line standfirst may come first); bylines,
      // credit and place lines anywhere.
      const bare = header.byline === null && header.place === null && header.source === null;
      if (bare && textBlocks > 0 && (textBlocks >= HEADER_TEXT_BLOCKS || storyStarted(blocks))) {
        blocks.push({ kind: 'text', text: line });
        continue;
      }
      afterStamp = header.publishedOn !== null && header.source === null;
      if (head.titlePending) page.stampAbove ??= header.publishedOn;
      else page.stampBelow ??= header.publishedOn;
      page.source ??= header.source;
      if (header.byline !== null) blocks.push({ kind: 'footer', text: header.byline });
      if (header.place !== null) {
        page.place ??= header.place;
        // Kept as text: the venue or city it names ("The Kremlin, Moscow", "Reuters | Beijing")
        // is a place of the story. A byline's filing city ("By X in Changchun") is kept with the byline.
        if (header.byline === null) blocks.push({ kind: 'text', text: line });
      }
      continue;
    }
    const byline = line.length <= 60 ? BYLINE.exec(line) : null;
    if (byline) continue; // a desk name ("by times news cr"), not a person
    if (FOOTER.test(line)) {
      blocks.push({ kind: 'footer', text: line });
      continue;
    }
    if (isCaption(line)) {
      blocks.push({ kind: 'caption', text: line });
      continue;
    }
    // "Brussels", "ANTALYA" on a line of its own above the story: the place it was filed from.
    const city = storyStarted(blocks) || line.length > 40 ? undefined : lookupPlace(line);
    if (city?.kind === 'city') {
      page.place ??= city.name;
      blocks.push({ kind: 'text', text: line });
      continue;
    }
    // "12.11.2025 15:20" then "Yle News": the site's name right below its stamp.
    if (previousWasStamp && !storyStarted(blocks) && isOutletLike(line)) {
      page.source ??= line;
      continue;
    }
    if (head.titlePending && textBlocks === 0 && looksLikeHeadline(line)) {
      if (sectionAboveHeadline(head.rest, index)) continue;
      const cleaned = cleanTitle(line);
      head.title = cleaned.title;
      head.titleStamp = cleaned.stamp;
      head.titlePending = false;
      continue;
    }
    blocks.push({ kind: 'text', text: line });
    textBlocks++;
  }
  return page;
}

/** The dateline opens one of the first three text paragraphs. */
function findDateline(blocks: readonly Block[]): { index: number; found: Dateline } | null {
  for (let i = 0, seen = 0; i < blocks.length && seen < 3; i++) {
    const block = blocks[i];
    if (block?.kind !== 'text') continue;
    seen++;
    const found = readDateline(block.text);
    if (found) return { index: i, found };
  }
  return null;
}

export function parseArticle(fileName: string, text: string): ParsedArticle {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const { head, blocks, ...header } = readLines(readFirstLine(lines));
  if (!blocks.some((b) => b.kind === 'text')) throw new ArticleParseError(fileName, 'no article text');

  const dateline = findDateline(blocks);
  const lead = blocks.find((b) => b.kind === 'text')?.text ?? '';
  const publishedOn =
    head.datedOn ?? head.titleStamp ?? header.stampBelow ?? header.stampAbove ?? datelineDay(dateline?.found ?? null) ?? closingStamp(blocks);
  const source = ownCase(
    storyCredit(header.source, dateline?.found.source ?? null) ??
    leadCredit(lead) ??
    closingCredit(blocks.slice(-CLOSING_BLOCKS).map((b) => b.text)) ??
    reportedBy(lead) ??
    head.masthead,
  );

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let body = '';
  blocks.forEach((block, index) => {
    if (body) body += '\n\n';
    const start = body.length;
    body += block.text;
    paragraphs.push({ index, kind: block.kind, start, end: body.length });
    const protect = index === dateline?.index ? dateline.found.length : 0;
    sentences.push(...splitSentences(block.text, start, index, sentences.length, protect));
  });

  return {
    fileName,
    slug: slugOf(fileName),
    title: head.title,
    publishedOn,
    source,
    dateline: dateline?.found.place ?? header.place,
    body,
    paragraphs,
    sentences,
  };
}

/** "Kuala Lumpur, 9 July 2025 —", "DOHA, March 18, 2025 (AFP) -": a dateline with a year dates a story that has no stamp. */
function datelineDay(found: Dateline | null): string | null {
  if (found?.year == null || found.month === null || found.day === null) return null;
  return formatDay({ y: found.year, m: found.month, d: found.day });
}

/** A press release's footer ("Issued by: …", "Date: …", "Enquiries: …") spans the last few blocks. */
const CLOSING_BLOCKS = 6;
const DATE_LABEL = /^(?:date|issued(?: on)?|released(?: on)?)\s*:/i;

/**
 * "September 15, 2025", "2025/09/15 14:32 KST": some outlets print the stamp below the story, as
 * its last line; a press release's footer labels it ("Date: 17 April 2026") among its last lines.
 */
function closingStamp(blocks: readonly Block[]): string | null {
  const last = blocks.at(-1);
  const lastStamp = last?.kind === 'text' && last.text.length <= 60 ? stampDate(last.text) : undefined;
  if (typeof lastStamp === 'string') return lastStamp;
  const labelled = blocks.slice(-CLOSING_BLOCKS).find((b) => b.kind === 'text' && b.text.length <= 60 && DATE_LABEL.test(b.text));
  return labelled === undefined ? null : (stampDate(labelled.text) ?? null);
}

/** The story has begun once a text block is a dateline lead or a full paragraph, not a one-line standfirst. */
function storyStarted(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.kind === 'text' && (b.text.length > 200 || readDateline(b.text) !== null));
}

/**
 * The header's credit, else the dateline's; when both name one agency ("Qatar News Agency" on the
 * masthead, "(QNA)" in the dateline), the story's own dateline says how it credits itself.
 */
function storyCredit(header: string | null, dateline: string | null): string | null {
  return header !== null && dateline !== null && sameAgency(header, dateline) ? dateline : (header ?? dateline);
}

/**
 * "ADDIS STANDARD", "ABC NEWS": a site's name set in capitals is the page's typography; its own
 * name is title case, short acronyms kept ("ABC News"). Listed agencies keep their listed form.
 */
function ownCase(source: string | null): string | null {
  if (source === null || /\p{Ll}/u.test(source) || !source.includes(' ')) return source;
  const listed = listedAgencyForm(source);
  if (listed !== source) return listed;
  return source.split(' ').map((w) => (w.length <= 3 ? w : titleCase(w))).join(' ');
}

/** "..., Xinhua reported." in the lead names the agency the story is credited to. */
function reportedBy(lead: string): string | null {
  const name = REPORTED.exec(lead)?.[1];
  return name === undefined ? null : outletName(name);
}
