// The linguistic layer: part-of-speech tags from wink-nlp's English model, aligned to the
// recognizer's own tokens by character offset. The recognizer keeps its tokenizer (it folds
// apostrophes and keeps "Yaşar" whole, which wink splits); wink says which words are proper
// nouns, so a capitalised common word opening a sentence is not mistaken for a name.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './tokens.ts';

/** Universal POS tag (PROPN, NOUN, VERB, ADP, …); 'X' where wink has no token. */
export type Pos = string;

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/** The tag of each token in `tokens` (offsets into `text`). */
export function tagTokens(text: string, tokens: readonly Token[]): Pos[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = text.indexOf(v, cursor);
    starts.push(at < 0 ? cursor : at);
    if (at >= 0) cursor = at + v.length;
  }
  const out: Pos[] = [];
  let w = 0;
  for (const t of tokens) {
    while (w + 1 < starts.length && (starts[w + 1] ?? Infinity) <= t.start) w++;
    out.push(starts[w] !== undefined && (starts[w] ?? 0) <= t.start ? (tags[w] ?? 'X') : 'X');
  }
  return out;
}
