import { describe, expect, it } from 'vitest';
import { preferredKind, preferredName, preferredValue } from '../../src/ingest/entity-attributes.ts';

describe('what an entity keeps when articles disagree', () => {
  it('keeps the mixed-case, accented spelling of a name, whichever came first', () => {
    expect(preferredName('XI JINPING', 'Xi Jinping')).toBe('Xi Jinping');
    expect(preferredName('Xi Jinping', 'XI JINPING')).toBe('Xi Jinping');
    expect(preferredName('Sao Paulo', 'São Paulo')).toBe('São Paulo');
    expect(preferredName('Jean-Yves Le Drian', 'Jean Yves Le Drian')).toBe(preferredName('Jean Yves Le Drian', 'Jean-Yves Le Drian'));
  });

  it('keeps a known value over none, and of two the first by key', () => {
    const china = { id: 2, slug: 'china' };
    const russia = { id: 1, slug: 'russia' };
    const slug = (r: { slug: string }) => r.slug;
    expect(preferredValue(null, russia, slug)).toBe(russia);
    expect(preferredValue(russia, null, slug)).toBe(russia);
    expect(preferredValue(russia, china, slug)).toBe(china);
    expect(preferredValue(china, russia, slug)).toBe(china);
  });

  it('keeps the broader kind of place', () => {
    expect(preferredKind('region', 'country')).toBe('country');
    expect(preferredKind('city', 'venue')).toBe('city');
    expect(preferredKind('venue', 'city')).toBe('city');
  });
});
