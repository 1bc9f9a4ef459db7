// Article text -> metadata and a clean body. Header lines (date line, headline, time stamps,
// bylines and place lines in each outlet's style, see header.ts) become metadata; captions and editor footers stay as paragraphs of their own kind
// because the people they name are part of the article.
import type { Paragraph, ParagraphKind, ParsedArticle, Sentence } from '../types.ts';
import { readDateline } from './dateline.ts';
import { readHeaderLine } from './header.ts';
import { organizations, lookupFolded } from '../link/knowledge.ts';
import { splitSentences } from './sentences.ts';

export class ArticleParseError extends Error {
  readonly fileName: string;
  constructor(fileName: string, message: string) {
    super(`${fileName}: ${message}`);
    this.name = 'ArticleParseError';
    this.fileName = fileName;
  }
}

const DATE_LINE = /^date (\d{4}-\d{2}-\d{2})\s*(.*)$/;
const SITE_BOILERPLATE = /^(?:connect with us|skip to (?:main )?content|menu|home|subscribe|share)$/i;
const TITLE_PREFIX = /^title:\s*/i;
const TITLE_STAMP = /\s+[–—-]\s+(\d{4}-\d{2}-\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const BYLINE = /^by\s+(.+)$/i;
const FOOTER = /^\((?:web )?editors?:.*\)$/i;
/** "(Xinhua/Ding Lin)", "LI XIANG/XINHUA", "[Photo by LIU MINGHUI/CHINA DAILY]", "[Photo/Xinhua]". */
const CAPTION_CREDIT = /(?:\([A-Z][\w ]*\/[^)]+\)|\b\p{Lu}[\p{Lu}'-]+(?: \p{Lu}[\p{Lu}'-]+){1,3}\/\p{Lu}[\p{Lu} ]+\]?|\[Photo[^\]]*\])\s*$/u;
const REPORTED = /,\s+([A-Z][\w ]{1,40}?) reported\.?$/m;

interface Block {
  kind: ParagraphKind;
  text: string;
}

function cleanTitle(raw: string): { title: string; stamp: string | null } {
  const noPrefix = raw.replace(TITLE_PREFIX, '');
  const stamp = TITLE_STAMP.exec(noPrefix);
  return { title: noPrefix.replace(TITLE_STAMP, '').trim(), stamp: stamp?.[1] ?? null };
}

/** A standalone headline: short, no sentence punctuation at the end, not a dateline. */
function looksLikeHeadline(line: string, maxLength = 160): boolean {
  return line.length <= maxLength && !/[.!?:"”]$/.test(line) && readDateline(line) === null && /^\p{Lu}|^\d/u.test(line);
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
  let publishedOn: string | null = null;
  let source: string | null = null;
  let titlePending = false;
  let rest = lines;

  const first = lines[0];
  if (first !== undefined) {
    const dated = DATE_LINE.exec(first);
    const head = dated ? (dated[2] ?? '') : first;
    if (dated) publishedOn = dated[1] ?? null;
    rest = lines.slice(1);
    if (head === '' || SITE_BOILERPLATE.test(head)) titlePending = true;
    else if (readDateline(head) !== null || (dated && !looksLikeHeadline(cleanTitle(head).title))) rest = [head, ...rest];
    else if (looksLikeHeadline(cleanTitle(head).title) || TITLE_PREFIX.test(head) || isLongHeadlineAboveStamp(head, lines[1])) {
      const cleaned = cleanTitle(head);
      title = cleaned.title;
      publishedOn ??= cleaned.stamp;
    } else rest = [head, ...rest];
  }

  const blocks: Block[] = [];
  let seenText = false;
  let headerPlace: string | null = null;
  for (const line of rest) {
    if (!seenText && SITE_BOILERPLATE.test(line)) continue;
    const header = line.length <= 160 ? readHeaderLine(line) : null;
    if (header) {
      // Bare stamps count only above the story; bylines and place lines anywhere in the header.
      if (seenText && header.byline === null && header.place === null && header.source === null) {
        blocks.push({ kind: 'text', text: line });
        continue;
      }
      publishedOn ??= header.publishedOn;
      source ??= header.source;
      if (header.byline !== null) blocks.push({ kind: 'footer', text: header.byline });
      if (header.place !== null) {
        headerPlace ??= header.place;
        // Kept as text: the venue it names ("The Kremlin, Moscow") is a place of the story.
        // A byline's filing city ("By X in Changchun") is already kept with the byline.
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
    if (CAPTION_CREDIT.test(line)) {
      blocks.push({ kind: 'caption', text: line });
      continue;
    }
    if (titlePending && !seenText && looksLikeHeadline(line)) {
      title = cleanTitle(line).title;
      titlePending = false;
      continue;
    }
    blocks.push({ kind: 'text', text: line });
    seenText = true;
  }

  if (!blocks.some((b) => b.kind === 'text')) throw new ArticleParseError(fileName, 'no article text');

  let dateline: string | null = null;
  let datelineIndex = -1;
  let datelineLength = 0;
  for (let i = 0, seen = 0; i < blocks.length && seen < 3; i++) {
    const block = blocks[i];
    if (block?.kind !== 'text') continue;
    seen++;
    const found = readDateline(block.text);
    if (found) {
      dateline = found.place;
      source ??= found.source;
      datelineIndex = i;
      datelineLength = found.length;
      break;
    }
  }
  dateline ??= headerPlace;
  source ??= reportedBy(blocks);

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

/** "..., Xinhua reported." in the lead names the agency the story is credited to. */
function reportedBy(blocks: Block[]): string | null {
  const lead = blocks.find((b) => b.kind === 'text');
  const name = lead ? REPORTED.exec(lead.text)?.[1] : undefined;
  if (name === undefined) return null;
  const known = lookupFolded(name);
  const org = known?.kind === 'org' ? organizations.get(known.names[0] ?? '') : undefined;
  return org?.media ? name : null;
}
