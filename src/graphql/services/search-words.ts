// The words a search looks for, whatever the engine: distinct, folded for case and diacritics as
// the index folds them, and bounded, so a search's work grows with at most `maxSearchTerms`
// distinct words however long or repetitive the text ("the the … the" is one word).
import { GraphQLError } from 'graphql';
import { checkLength, limits } from '../limits.ts';

export function searchWords(text: string): string[] {
  checkLength('query', text, limits.maxSearchLength);
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = [...new Set(folded.match(/[\p{L}\p{N}]+/gu) ?? [])];
  if (words.length > limits.maxSearchTerms) {
    throw new GraphQLError(`query has ${words.length} distinct words; at most ${limits.maxSearchTerms} are accepted.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return words;
}
