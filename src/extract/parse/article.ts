// Article text -> metadata and a clean body. Header lines (date line, headline, time stamps,
// bylines and place lines in each outlet's style, see header.ts; site furniture, see
// furniture.ts) become metadata; captions and editor footers stay as paragraphs of their own
// kind because the people they name are part of the article.
import type { Paragraph, ParagraphKind, ParsedArticle, Sentence } from '../types.ts';
import { isCaption } from './captions.ts';
import { readDateline } from './dateline.ts';
import { isFurniture, isShortLabel } from './furniture.ts';
import { readHeaderLine } from './header.ts';
import { outletName } from './outlet.ts';
import { splitSentences } from './sentences.ts';
import { closingCredit, leadCredit } from './source-credits.ts';

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
    /^\p{Lu}|^\d/u.test(line) &&
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

export function parseArticle(fileName: string, text: string): ParsedArticle {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

  let title: string | null = null;
  let crawled: string | null = null;
  let titleStamp: string | null = null;
  let titlePending = false;
  let rest = lines;

  const first = lines[0];
  if (first !== undefined) {
    const dated = DATE_LINE.exec(first);
    const head = dated ? (dated[2] ?? '') : first;
    if (dated) crawled = dated[1] ?? null;
    rest = lines.slice(1);
    const cleaned = cleanTitle(head);
    if (head === '' || isFurniture(head) || (dated && isShortLabel(head))) titlePending = true;
    else if (readHeaderLine(head) !== null) {
      // A stamp or byline first ("Sun 6-October-2024"): the headline is below it.
      titlePending = true;
      rest = lines;
    } else if (readDateline(head) !== null || (dated && !looksLikeHeadline(cleaned.title))) rest = [head, ...rest];
    else if (looksLikeHeadline(cleaned.title) || TITLE_PREFIX.test(head) || isLongHeadlineAboveStamp(head, lines[1])) {
      title = cleaned.title;
      titleStamp = cleaned.stamp;
    } else rest = [head, ...rest];
  }

  const blocks: Block[] = [];
  let textBlocks = 0;
  let headerPlace: string | null = null;
  let headerSource: string | null = null;
  // A stamp above the headline is often the page's "today" widget; one below it dates the story.
  let stampAbove: string | null = null;
  let stampBelow: string | null = null;
  for (const line of rest) {
    if (line === title) continue; // the headline repeated above the story
    if (textBlocks === 0 && (isFurniture(line) || (titlePending && isShortLabel(line)))) continue;
    const header = line.length <= 160 ? readHeaderLine(line) : null;
    if (header) {
      // Bare stamps count only above the story (a one-line standfirst may come first); bylines,
      // credit and place lines anywhere.
      const bare = header.byline === null && header.place === null && header.source === null;
      if (bare && textBlocks > 0 && (textBlocks >= HEADER_TEXT_BLOCKS || storyStarted(blocks))) {
        blocks.push({ kind: 'text', text: line });
        continue;
      }
      if (titlePending) stampAbove ??= header.publishedOn;
      else stampBelow ??= header.publishedOn;
      headerSource ??= header.source;
      if (header.byline !== null) blocks.push({ kind: 'footer', text: header.byline });
      if (header.place !== null) {
        headerPlace ??= header.place;
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
    if (titlePending && textBlocks === 0 && looksLikeHeadline(line)) {
      const cleaned = cleanTitle(line);
      title = cleaned.title;
      titleStamp = cleaned.stamp;
      titlePending = false;
      continue;
    }
    blocks.push({ kind: 'text', text: line });
    textBlocks++;
  }

  if (!blocks.some((b) => b.kind === 'text')) throw new ArticleParseError(fileName, 'no article text');

  let dateline: string | null = null;
  let datelineSource: string | null = null;
  let datelineIndex = -1;
  let datelineLength = 0;
  for (let i = 0, seen = 0; i < blocks.length && seen < 3; i++) {
    const block = blocks[i];
    if (block?.kind !== 'text') continue;
    seen++;
    const found = readDateline(block.text);
    if (found) {
      dateline = found.place;
      datelineSource = found.source;
      datelineIndex = i;
      datelineLength = found.length;
      break;
    }
  }
  dateline ??= headerPlace;
  const publishedOn = crawled ?? titleStamp ?? stampBelow ?? stampAbove;
  const closing = closingCredit(blocks.slice(-3).map((b) => b.text));
  const lead = blocks.find((b) => b.kind === 'text')?.text ?? '';
  const source = headerSource ?? datelineSource ?? leadCredit(lead) ?? closing ?? reportedBy(blocks);

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let body = '';
  blocks.forEach((block, index) => {
    if (body) body += '\n\n';
    const start = body.length;
    body += block.text;
    paragraphs.push({ index, kind: block.kind, start, end: body.length });
    sentences.push(...splitSentences(block.text, start, index, sentences.length, index === datelineIndex ? datelineLength : 0));
  });

  return { fileName, slug: slugOf(fileName), title, publishedOn, source, dateline, body, paragraphs, sentences };
}

/** The story has begun once a text block is a dateline lead or a full paragraph, not a one-line standfirst. */
function storyStarted(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.kind === 'text' && (b.text.length > 200 || readDateline(b.text) !== null));
}

/** "..., Xinhua reported." in the lead names the agency the story is credited to. */
function reportedBy(blocks: Block[]): string | null {
  const lead = blocks.find((b) => b.kind === 'text');
  const name = lead ? REPORTED.exec(lead.text)?.[1] : undefined;
  return name === undefined ? null : outletName(name);
}
