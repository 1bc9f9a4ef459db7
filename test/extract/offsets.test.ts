import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import type { ExtractedArticle, MentionFact } from '../../src/extract/types.ts';
import { loadFixtures } from '../../src/eval/fixtures.ts';

function mentionsOf(x: ExtractedArticle): MentionFact[] {
  return [...x.people, ...x.organizations, ...x.places].flatMap((e) => e.mentions);
}

describe('offsets', () => {
  it.each(loadFixtures().map((f) => [f.file, f] as const))('%s: every span points at its text and sentence', (_, f) => {
    const x = extractArticle(f.file, f.text);
    const { body, sentences } = x.article;
    const mentions = mentionsOf(x);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(body.slice(m.start, m.end)).toBe(m.text);
      const s = sentences[m.sentence];
      expect(s && s.start <= m.start && m.end <= s.end).toBe(true);
    }
    for (const role of x.people.flatMap((p) => p.roles)) {
      const s = sentences[role.sentence];
      expect(s && s.start <= role.start && role.end <= s.end).toBe(true);
    }
    for (const m of x.meetings) {
      const s = sentences[m.evidence.sentence];
      expect(s && s.start <= m.evidence.start && m.evidence.end <= s.end).toBe(true);
    }
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('is deterministic', () => {
    const f = loadFixtures()[1];
    if (!f) throw new Error('no fixtures');
    expect(JSON.stringify(extractArticle(f.file, f.text))).toBe(JSON.stringify(extractArticle(f.file, f.text)));
  });
});
