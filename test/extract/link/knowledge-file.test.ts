import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKnowledge } from '../../../src/extract/link/knowledge-file.ts';
import { lexicon, parseLexicon } from '../../../src/extract/link/lexicon.ts';

const knowledge = readFileSync(new URL('../../../seed/knowledge.json', import.meta.url), 'utf8');

describe('curated data files are checked when loaded', () => {
  it('accepts the shipped knowledge and lexicon', () => {
    expect(parseKnowledge(knowledge, 'seed/knowledge.json').organizations.length).toBeGreaterThan(100);
    expect(lexicon.titleHeads).toContain('President');
  });

  it('names the file, the entry and the field of a typo', () => {
    const file = JSON.parse(knowledge) as { organizations: Array<Record<string, unknown>> };
    const xinhua = file.organizations.findIndex((o) => o.name === 'Xinhua');
    file.organizations[xinhua] = { ...file.organizations[xinhua], contry: 'China' };
    expect(() => parseKnowledge(JSON.stringify(file), 'seed/knowledge.json')).toThrow(
      new RegExp(`^seed/knowledge.json: organizations\\[${xinhua}\\] \\(Xinhua\\): .*contry`),
    );
    const place = JSON.parse(knowledge) as { places: Array<Record<string, unknown>> };
    place.places[0] = { ...place.places[0], kind: 'town' };
    expect(() => parseKnowledge(JSON.stringify(place), 'k.json')).toThrow(/^k.json: places\[0\]\.kind \(China\): /);
  });

  it('names the field of a lexicon entry that is not a word list', () => {
    expect(() => parseLexicon(JSON.stringify({ titleHeads: ['President '], titleModifiers: [], honorifics: [], portfolios: [] }), 'seed/lexicon.json'))
      .toThrow(/^seed\/lexicon.json: titleHeads.0: /);
  });
});
