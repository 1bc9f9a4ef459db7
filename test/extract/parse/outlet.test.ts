import { describe, expect, it } from 'vitest';
import { outletName } from '../../../src/extract/parse/outlet.ts';

describe('outlet names', () => {
  it('knows listed agencies and short capitalised names ending in a medium word', () => {
    for (const name of ['Reuters', 'QNA', 'Harbour Times', 'VALLEY NEWS', 'Lakeside Online']) expect(outletName(name)).toBe(name);
  });

  it('takes no section, navigation entry, body or sentence for an outlet', () => {
    for (const name of ['World News', 'Latest News', 'Related news', 'International Energy Agency', 'Times', 'Ministers share the news', 'the Harbour Times', 'Chinese TV']) {
      expect(outletName(name)).toBeNull();
    }
  });
});
