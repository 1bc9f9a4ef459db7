// The intermediate result of recognition: typed token spans inside sentences.
import type { PlaceKind } from '../types.ts';
import type { Pos } from './pos.ts';
import type { Token } from './tokens.ts';

export type SpanType = 'person' | 'org' | 'place' | 'title' | 'demonym';

export interface Role {
  title: string;
  organization: string | null;
  country: string | null;
}

export interface Span {
  type: SpanType;
  /** Token range [i, j). */
  i: number;
  j: number;
  sentence: number;
  /** Canonical candidates from curated knowledge; several when the surface is ambiguous. */
  known: string[];
  /** Acronym defined inline: "Foo Bar Agency (FBA)". */
  acronym?: string;
  /** Role stated by the span's own context (photo credit, editor footer). */
  role?: Role;
  /** Name to use instead of the surface (ALL-CAPS credits, resolved surnames). */
  name?: string;
  /** Org spans nested inside this one ("CPC" inside "CPC Central Committee"). */
  nested?: boolean;
  /** Kind of a place found by shape rather than curated knowledge. */
  placeKind?: PlaceKind;
}

export interface Recognized {
  body: string;
  tokens: Token[];
  keys: string[];
  /** Part-of-speech tag of each token (wink-nlp). */
  pos: Pos[];
  /** Token range [first, last) of each sentence. */
  sentenceTokens: Array<[number, number]>;
  spans: Span[];
}

export const spanText = (r: Recognized, s: Span): string =>
  r.body.slice(r.tokens[s.i]?.start ?? 0, r.tokens[s.j - 1]?.end ?? 0);
