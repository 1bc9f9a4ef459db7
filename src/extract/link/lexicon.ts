// The general lexicon of the language of news that no package supplies (seed/lexicon.json):
// the words of political titles across the world's systems of government. Validated when
// loaded: a wrong entry is an error naming the file and the field.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const words = z.array(z.string().min(1).regex(/^\S(?:.*\S)?$/, 'no surrounding spaces'));

const LexiconFile = z.object({
  $comment: z.string().optional(),
  /** Head words of titles: "President", "Minister", "Sheikh", "Datuk". */
  titleHeads: words,
  /** Words that may stand before a head inside a title: "Deputy", "Foreign", "Crown". */
  titleModifiers: words,
  /** Courtesy titles written as several words before a name: "His Excellency", "Tan Sri". */
  honorifics: words,
  /** Portfolios after "Minister of": "Culture and Tourism". */
  portfolios: words,
}).strict();

export type Lexicon = z.infer<typeof LexiconFile>;

/** Parse and validate a lexicon file's text; `source` names it in errors. */
export function parseLexicon(text: string, source: string): Lexicon {
  const result = LexiconFile.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${source}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

const LEXICON_URL = new URL('../../../seed/lexicon.json', import.meta.url);

export const lexicon: Lexicon = parseLexicon(readFileSync(LEXICON_URL, 'utf8'), 'seed/lexicon.json');
