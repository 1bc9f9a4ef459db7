// What an entity keeps when articles disagree about it (spelling of its name, its country, its
// kind). Each rule looks at the two values alone and is commutative and associative, so an
// entity reported by many articles ends up the same whatever order they arrive in.
import type { PlaceKind } from '../db/generated/enums.ts';

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Of two spellings of one name (one slug: they differ only in case, punctuation or accents):
 * mixed case over capitals ("Xi Jinping", not "XI JINPING"), accents over none ("São Paulo"),
 * then the first in code-point order.
 */
export function preferredName(a: string, b: string): string {
  const score = (name: string) => [count(name, /\p{Ll}/gu), count(name, /[^\p{ASCII}]/gu)] as const;
  const [sa, sb] = [score(a), score(b)];
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return (sa[i] as number) > (sb[i] as number) ? a : b;
  return a <= b ? a : b;
}

/**
 * Of a stored and a reported value: the one that is known, or, when both are and differ, the
 * one whose key comes first in code-point order (a country's slug, an acronym).
 */
export function preferredValue<T>(stored: T | null, reported: T | null, key: (value: T) => string): T | null {
  if (stored === null) return reported;
  if (reported === null) return stored;
  return key(reported) < key(stored) ? reported : stored;
}

const kindOrder: readonly PlaceKind[] = ['country', 'region', 'city', 'venue'];

/** A place called a country by one article and a region by another is kept a country: the broader reading. */
export function preferredKind(a: PlaceKind, b: PlaceKind): PlaceKind {
  return kindOrder.indexOf(a) <= kindOrder.indexOf(b) ? a : b;
}
