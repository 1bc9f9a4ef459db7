import { describe, expect, it } from 'vitest';
import { isOutletLike, outletName } from '../../../src/extract/parse/outlet.ts';

describe('outlet names', () => {
  it('credits listed agencies and known media only', () => {
    for (const name of ['Reuters', 'QNA', 'Press Trust of India']) expect(outletName(name)).toBe(name);
    expect(outletName('Harbour Times')).toBeNull();
  });

  it('takes a short capitalised name ending in a medium word for the shape of a site name', () => {
    for (const name of ['Reuters', 'Harbour Times', 'VALLEY NEWS', 'Lakeside Online']) expect(isOutletLike(name)).toBe(true);
  });

  it('takes no section, navigation entry, descriptive phrase or title-case headline for one', () => {
    const notOutlets = ['World News', 'Latest News', 'Related news', 'Times', 'Chinese TV', 'the Harbour Times', 'Trump Attacks Fake News'];
    for (const name of notOutlets) expect(isOutletLike(name)).toBe(false);
  });
});
